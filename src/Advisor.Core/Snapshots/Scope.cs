namespace Advisor.Core.Snapshots;

/// <summary>One account × region: the unit of collection.</summary>
public sealed record Scope(string Account, string Region)
{
    public override string ToString() => $"{Account}/{Region}";
}

/// <summary>Health of one data source for one scope, after OpenCost's connection status: a failed source is never "no resources".</summary>
public enum SourceHealth
{
    /// <summary>Not read in this cycle (e.g. no analyzer needed it).</summary>
    NotChecked,

    /// <summary>Read completely.</summary>
    Healthy,

    /// <summary>AWS refused the credentials' permissions; check the IAM policy (see <c>iam-policy</c>).</summary>
    AccessDenied,

    /// <summary>Retries were exhausted on throttling; the data is incomplete.</summary>
    Throttled,

    /// <summary>Read, but some of what was asked for did not come back (partial metric data, deleted configs).</summary>
    MissingData,

    /// <summary>Could not be read at all for another reason; see the detail.</summary>
    Failed,
}

/// <summary>The status of one source (e.g. <c>sagemaker:endpoints</c>, <c>cloudwatch:metrics</c>) for one scope.</summary>
public sealed record SourceStatus(string Source, SourceHealth Health, string? Detail = null, int Calls = 0);
