namespace Advisor.Sandbox.Protocol;

/// <summary>How one emulated service is addressed on the wire.</summary>
/// <param name="SigningName">The SigV4 service name in the credential scope.</param>
/// <param name="JsonTargetPrefix">The <c>X-Amz-Target</c> prefix for JSON protocols, or null when the service has none.</param>
/// <param name="JsonProtocol">awsJson1_0 or awsJson1_1, for services with a target prefix.</param>
/// <param name="QueryVersion">The <c>Version=</c> of form-encoded query calls (CloudWatch, EC2, STS), or null.</param>
internal sealed record ServiceAddress(SandboxService Service, string SigningName, string? JsonTargetPrefix, WireProtocol JsonProtocol, string? QueryVersion);

/// <summary>
/// Every service the sandbox can dispatch to, from aws-wire.md §1. Adding a service is one row here plus an
/// <see cref="ISandboxApi"/> registered in the server.
/// </summary>
internal static class ServiceCatalog
{
    public static IReadOnlyList<ServiceAddress> All { get; } =
    [
        new(SandboxService.SageMaker, "sagemaker", "SageMaker", WireProtocol.AwsJson11, null),
        new(SandboxService.CloudWatch, "monitoring", "GraniteServiceVersion20100801", WireProtocol.AwsJson10, "2010-08-01"),
        new(SandboxService.CostExplorer, "ce", "AWSInsightsIndexService", WireProtocol.AwsJson11, null),
        new(SandboxService.Pricing, "pricing", "AWSPriceListService", WireProtocol.AwsJson11, null),
        new(SandboxService.Ec2, "ec2", null, WireProtocol.AwsQuery, "2016-11-15"),
        new(SandboxService.Sts, "sts", null, WireProtocol.AwsQuery, "2011-06-15"),
        new(SandboxService.ApplicationAutoScaling, "application-autoscaling", "AnyScaleFrontendService", WireProtocol.AwsJson11, null),
    ];

    public static ServiceAddress Of(SandboxService service) => All.First(a => a.Service == service);

    public static ServiceAddress? ByTargetPrefix(string prefix) => All.FirstOrDefault(a => a.JsonTargetPrefix == prefix);

    public static ServiceAddress? ByQueryVersion(string version) => All.FirstOrDefault(a => a.QueryVersion == version);
}

/// <summary>One emulated service: answers a classified, authenticated call with the response body (or throws a SandboxApiException).</summary>
internal interface ISandboxApi
{
    SandboxService Service { get; }

    byte[] Handle(ApiCall call);
}
