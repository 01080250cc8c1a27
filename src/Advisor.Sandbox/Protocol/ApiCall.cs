using Microsoft.Extensions.Primitives;

namespace Advisor.Sandbox.Protocol;

/// <summary>The wire protocols the sandbox speaks.</summary>
internal enum WireProtocol
{
    /// <summary>awsJson1_0 (CloudWatch, <c>X-Amz-Target: GraniteServiceVersion20100801.Op</c>).</summary>
    AwsJson10,

    /// <summary>awsJson1_1 (SageMaker, <c>X-Amz-Target: SageMaker.Op</c>).</summary>
    AwsJson11,

    /// <summary>awsQuery: form POST, XML answers (CloudWatch for botocore 1.29).</summary>
    AwsQuery,

    /// <summary>Smithy RPC v2 CBOR (CloudWatch for current AWS SDKs).</summary>
    RpcV2Cbor,
}

/// <summary>The AWS services the sandbox emulates (see <see cref="ServiceCatalog"/> for how each is addressed).</summary>
internal enum SandboxService
{
    SageMaker,
    CloudWatch,
    CostExplorer,
    Pricing,
    Ec2,
    Sts,
    ApplicationAutoScaling,
}

/// <summary>One dispatched AWS call: who, how, and the raw body (plus the parsed form for the query protocol).</summary>
internal sealed record ApiCall(
    SandboxService Service,
    WireProtocol Protocol,
    string Operation,
    byte[] Body,
    IReadOnlyDictionary<string, StringValues> Form,
    string RequestId)
{
    /// <summary>The stats key, e.g. <c>CloudWatch.GetMetricData</c>.</summary>
    public string StatsKey => Service + "." + Operation;

    /// <summary>The SigV4 signing name the credential scope must carry.</summary>
    public string SigningName => ServiceCatalog.Of(Service).SigningName;
}
