using Advisor.Aws.Protocol;

namespace Advisor.Aws.SageMaker;

/// <summary>
/// <see cref="ISageMakerApi"/> over the SageMaker awsJson1_1 protocol (target prefix <c>SageMaker</c>, signing name <c>sagemaker</c>).
/// Missing resources surface as <see cref="Errors.AwsNotFoundException"/> (SageMaker answers ValidationException "Could not find ...").
/// </summary>
public sealed partial class SageMakerClient(AwsJsonClient client) : ISageMakerApi
{
    private readonly AwsJsonClient _client = client ?? throw new ArgumentNullException(nameof(client));

    public async Task<ListEndpointsResponse> ListEndpointsAsync(ListEndpointsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Why: SageMaker list operations accept MaxResults 1–100.
        if (request.MaxResults is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.MaxResults, "ListEndpoints MaxResults must be between 1 and 100.");
        }

        const string op = "ListEndpoints";
        var output = await _client.InvokeAsync<ListEndpointsInput, ListEndpointsOutput>(
            op, new ListEndpointsInput(request.NextToken, request.MaxResults, request.StatusEquals), cancellationToken);
        var endpoints = (output.Endpoints ?? throw SageMakerWireMapper.Missing(op, "Endpoints"))
            .Select(e => SageMakerWireMapper.ToSummary(op, e))
            .ToList();
        return new ListEndpointsResponse(endpoints, string.IsNullOrEmpty(output.NextToken) ? null : output.NextToken);
    }

    public async Task<DescribeEndpointResponse> DescribeEndpointAsync(string endpointName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointName);
        var output = await _client.InvokeAsync<DescribeEndpointInput, DescribeEndpointOutput>(
            "DescribeEndpoint", new DescribeEndpointInput(endpointName), cancellationToken);
        return SageMakerWireMapper.ToResponse(output);
    }

    public async Task<DescribeEndpointConfigResponse> DescribeEndpointConfigAsync(string endpointConfigName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointConfigName);
        var output = await _client.InvokeAsync<DescribeEndpointConfigInput, DescribeEndpointConfigOutput>(
            "DescribeEndpointConfig", new DescribeEndpointConfigInput(endpointConfigName), cancellationToken);
        return SageMakerWireMapper.ToResponse(output);
    }
}
