using System.Net;

namespace Advisor.Host.Observability;

/// <summary>
/// Counts every HTTP attempt the AWS clients send (<c>advisor_aws_requests_total</c>) by service and outcome. The service is read
/// from the SigV4 credential scope (<c>Credential=AKID/date/region/SERVICE/aws4_request</c>), so the label stays bounded.
/// </summary>
public sealed class AwsRequestCounter(AdvisorMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var service = ServiceOf(request);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            metrics.AwsRequests.WithLabels(service, Outcome(response)).Inc();
            return response;
        }
        catch (HttpRequestException)
        {
            metrics.AwsRequests.WithLabels(service, "error").Inc();
            throw;
        }
    }

    /// <summary>Why 400 counts as throttled only with a throttling error type: AWS JSON protocols throttle with 400 ThrottlingException.</summary>
    private static string Outcome(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return "throttled";
        }

        if (response.StatusCode == HttpStatusCode.BadRequest
            && response.Headers.TryGetValues("x-amzn-ErrorType", out var types)
            && types.Any(t => t.Contains("Throttl", StringComparison.OrdinalIgnoreCase)))
        {
            return "throttled";
        }

        return response.IsSuccessStatusCode ? "ok" : "error";
    }

    private static string ServiceOf(HttpRequestMessage request)
    {
        // Why the raw header: the signer adds it without validation; the typed property may not parse AWS's format.
        var auth = request.Headers.TryGetValues("Authorization", out var values) ? string.Join(",", values) : "";
        var start = auth.IndexOf("Credential=", StringComparison.Ordinal);
        if (start >= 0)
        {
            var scope = auth[(start + "Credential=".Length)..].Split(',')[0].Split('/');
            // Why 5 parts: AKID/date/region/service/aws4_request; anything else is not SigV4 and stays "unknown".
            if (scope.Length == 5)
            {
                return scope[3].ToLowerInvariant();
            }
        }

        return "unknown";
    }
}
