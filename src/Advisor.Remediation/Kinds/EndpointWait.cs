using Advisor.Aws.SageMaker;

namespace Advisor.Remediation.Kinds;

/// <summary>
/// How long an action waits for an endpoint to settle after UpdateEndpoint: DescribeEndpoint every <see cref="PollInterval"/>
/// (on <see cref="Time"/>, so tests use a zero interval or a fake clock), at most <see cref="MaxPolls"/> times.
/// </summary>
public sealed record EndpointWait(TimeSpan PollInterval, int MaxPolls, TimeProvider Time)
{
    /// <summary>
    /// Reads the endpoint until it is no longer Updating/Creating or the polls run out; returns the last answer (still Updating when
    /// it timed out).
    /// </summary>
    public async Task<DescribeEndpointResponse> SettleAsync(ISageMakerApi sageMaker, string endpointName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sageMaker);
        for (var poll = 1; ; poll++)
        {
            var endpoint = await sageMaker.DescribeEndpointAsync(endpointName, cancellationToken);
            if (endpoint.EndpointStatus is not ("Updating" or "Creating" or "SystemUpdating") || poll >= Math.Max(1, MaxPolls))
            {
                return endpoint;
            }

            if (PollInterval > TimeSpan.Zero)
            {
                await Task.Delay(PollInterval, Time, cancellationToken);
            }
        }
    }
}
