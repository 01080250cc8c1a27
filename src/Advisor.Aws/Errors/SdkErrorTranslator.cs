using Amazon.Runtime;

namespace Advisor.Aws.Errors;

/// <summary>Turns an official AWS SDK error (EC2, STS) into this project's typed <see cref="AwsServiceException"/>s.</summary>
public static class SdkErrorTranslator
{
    /// <summary>The typed exception for <paramref name="error"/>, classified like the hand-written clients' errors.</summary>
    public static AwsServiceException Translate(AmazonServiceException error, string service, string operation)
    {
        ArgumentNullException.ThrowIfNull(error);

        // Why: the SDK leaves ErrorCode empty when the body was not an AWS error document; fall back to the HTTP status.
        var code = string.IsNullOrEmpty(error.ErrorCode) ? "Http" + ((int)error.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : error.ErrorCode;
        return AwsErrorClassifier.ToException(new AwsErrorDetails(service, operation, code, error.Message, error.RequestId, error.StatusCode));
    }
}
