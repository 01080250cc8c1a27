using Advisor.Aws.Errors;
using Advisor.Core.Snapshots;

namespace Advisor.Aws.Collection;

/// <summary>Turns a failed AWS call into the source status an operator can act on (never "no resources").</summary>
internal static class SourceFailure
{
    public static SourceHealth HealthOf(Exception error) => error switch
    {
        AwsAccessDeniedException => SourceHealth.AccessDenied,
        AwsThrottledException => SourceHealth.Throttled,
        _ => SourceHealth.Failed,
    };

    /// <summary>A detail line without secrets: the error code, request id and message AWS sent.</summary>
    public static string Describe(Exception error) => error switch
    {
        AwsServiceException aws => $"{aws.ErrorCode}: {aws.Message} (request id {aws.RequestId ?? "none"})",
        _ => $"{error.GetType().Name}: {error.Message}",
    };

    /// <summary>Whether an exception is one a collector records as a source status instead of crashing the cycle.</summary>
    public static bool IsSourceError(Exception error) =>
        error is AwsServiceException or HttpRequestException or IOException or TimeoutException
        || (error is TaskCanceledException && error.InnerException is TimeoutException);
}
