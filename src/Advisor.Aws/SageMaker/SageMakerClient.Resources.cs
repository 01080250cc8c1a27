namespace Advisor.Aws.SageMaker;

/// <summary>The resource operations (inference components, models, training jobs, notebooks, Studio apps, tags).</summary>
public sealed partial class SageMakerClient
{
    public async Task<ListInferenceComponentsResponse> ListInferenceComponentsAsync(
        ListInferenceComponentsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string op = "ListInferenceComponents";
        CheckPageSize(op, request.MaxResults, 1);
        var output = await _client.InvokeAsync<ListInferenceComponentsInput, ListInferenceComponentsOutput>(
            op, new(request.NextToken, request.MaxResults, request.EndpointNameEquals, request.StatusEquals), cancellationToken);
        var items = (output.InferenceComponents ?? throw SageMakerWireMapper.Missing(op, "InferenceComponents"))
            .Select(SageMakerResourceMapper.ToSummary).ToList();
        return new(items, Token(output.NextToken));
    }

    public async Task<DescribeInferenceComponentResponse> DescribeInferenceComponentAsync(
        string inferenceComponentName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inferenceComponentName);
        var output = await _client.InvokeAsync<DescribeInferenceComponentInput, DescribeInferenceComponentOutput>(
            "DescribeInferenceComponent", new(inferenceComponentName), cancellationToken);
        return SageMakerResourceMapper.ToResponse(output);
    }

    public async Task<ListModelsResponse> ListModelsAsync(ListModelsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string op = "ListModels";
        CheckPageSize(op, request.MaxResults, 1);
        var output = await _client.InvokeAsync<ListModelsInput, ListModelsOutput>(
            op, new(request.NextToken, request.MaxResults, request.NameContains), cancellationToken);
        var items = (output.Models ?? throw SageMakerWireMapper.Missing(op, "Models")).Select(SageMakerResourceMapper.ToSummary).ToList();
        return new(items, Token(output.NextToken));
    }

    public async Task<DescribeModelResponse> DescribeModelAsync(string modelName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelName);
        var output = await _client.InvokeAsync<DescribeModelInput, DescribeModelOutput>("DescribeModel", new(modelName), cancellationToken);
        return SageMakerResourceMapper.ToResponse(output);
    }

    public async Task<ListTrainingJobsResponse> ListTrainingJobsAsync(ListTrainingJobsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string op = "ListTrainingJobs";
        CheckPageSize(op, request.MaxResults, 1);
        var output = await _client.InvokeAsync<ListTrainingJobsInput, ListTrainingJobsOutput>(
            op,
            new(request.NextToken, request.MaxResults, request.CreationTimeAfter, request.CreationTimeBefore, request.StatusEquals),
            cancellationToken);
        var items = (output.TrainingJobSummaries ?? throw SageMakerWireMapper.Missing(op, "TrainingJobSummaries"))
            .Select(SageMakerResourceMapper.ToSummary).ToList();
        return new(items, Token(output.NextToken));
    }

    public async Task<DescribeTrainingJobResponse> DescribeTrainingJobAsync(string trainingJobName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trainingJobName);
        var output = await _client.InvokeAsync<DescribeTrainingJobInput, DescribeTrainingJobOutput>(
            "DescribeTrainingJob", new(trainingJobName), cancellationToken);
        return SageMakerResourceMapper.ToResponse(output);
    }

    public async Task<ListNotebookInstancesResponse> ListNotebookInstancesAsync(
        ListNotebookInstancesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string op = "ListNotebookInstances";
        CheckPageSize(op, request.MaxResults, 1);
        var output = await _client.InvokeAsync<ListNotebookInstancesInput, ListNotebookInstancesOutput>(
            op, new(request.NextToken, request.MaxResults, request.StatusEquals), cancellationToken);
        var items = (output.NotebookInstances ?? throw SageMakerWireMapper.Missing(op, "NotebookInstances"))
            .Select(SageMakerResourceMapper.ToSummary).ToList();
        return new(items, Token(output.NextToken));
    }

    public async Task<DescribeNotebookInstanceResponse> DescribeNotebookInstanceAsync(
        string notebookInstanceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookInstanceName);
        var output = await _client.InvokeAsync<DescribeNotebookInstanceInput, DescribeNotebookInstanceOutput>(
            "DescribeNotebookInstance", new(notebookInstanceName), cancellationToken);
        return SageMakerResourceMapper.ToResponse(output);
    }

    public async Task<ListAppsResponse> ListAppsAsync(ListAppsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        const string op = "ListApps";
        CheckPageSize(op, request.MaxResults, 1);
        var output = await _client.InvokeAsync<ListAppsInput, ListAppsOutput>(
            op, new(request.NextToken, request.MaxResults, request.DomainIdEquals), cancellationToken);
        var items = (output.Apps ?? throw SageMakerWireMapper.Missing(op, "Apps")).Select(SageMakerResourceMapper.ToApp).ToList();
        return new(items, Token(output.NextToken));
    }

    public async Task<ListTagsResponse> ListTagsAsync(ListTagsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ResourceArn, nameof(request));
        const string op = "ListTags";

        // Why: ListTags' MaxResults minimum is 50 in the model (other SageMaker lists accept 1).
        CheckPageSize(op, request.MaxResults, 50);
        var output = await _client.InvokeAsync<ListTagsInput, ListTagsOutput>(
            op, new(request.ResourceArn, request.NextToken, request.MaxResults), cancellationToken);
        var tags = (output.Tags ?? []).Select(t => new SageMakerTag(
            t?.Key ?? throw SageMakerWireMapper.Missing(op, "Tags[].Key"), t.Value ?? string.Empty)).ToList();
        return new(tags, Token(output.NextToken));
    }

    private static string? Token(string? token) => string.IsNullOrEmpty(token) ? null : token;

    private static void CheckPageSize(string operation, int? maxResults, int min)
    {
        // Why: SageMaker list operations cap MaxResults at 100.
        if (maxResults is { } n && (n < min || n > 100))
        {
            throw new ArgumentOutOfRangeException(nameof(maxResults), n, $"{operation} MaxResults must be between {min} and 100.");
        }
    }
}
