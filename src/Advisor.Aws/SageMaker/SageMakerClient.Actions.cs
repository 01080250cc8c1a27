namespace Advisor.Aws.SageMaker;

/// <summary>The mutating operations (<see cref="ISageMakerActionsApi"/>), used by remediation only.</summary>
public sealed partial class SageMakerClient : ISageMakerActionsApi
{
    public async Task DeleteEndpointAsync(string endpointName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointName);
        await _client.InvokeAsync<DeleteEndpointInput, EmptyOutput>("DeleteEndpoint", new DeleteEndpointInput(endpointName), cancellationToken);
    }

    public async Task<string> CreateEndpointAsync(
        string endpointName, string endpointConfigName, IReadOnlyDictionary<string, string>? tags = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointName);
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointConfigName);
        var output = await _client.InvokeAsync<CreateEndpointInput, EndpointArnOutput>(
            "CreateEndpoint", new CreateEndpointInput(endpointName, endpointConfigName, Tags(tags)), cancellationToken);
        return output.EndpointArn ?? throw SageMakerWireMapper.Missing("CreateEndpoint", "EndpointArn");
    }

    public async Task<string> CreateEndpointConfigAsync(string endpointConfigName, IReadOnlyList<ProductionVariant> variants, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointConfigName);
        ArgumentNullException.ThrowIfNull(variants);
        var wire = variants.Select(v => new ProductionVariantInputWire(
                v.VariantName, v.ModelName, v.InstanceType, v.InitialInstanceCount, v.AcceleratorType,
                v.ServerlessConfig is { } s ? new ServerlessConfigWire(s.MemorySizeInMB, s.MaxConcurrency) : null))
            .ToList();
        var output = await _client.InvokeAsync<CreateEndpointConfigInput, EndpointConfigArnOutput>(
            "CreateEndpointConfig", new CreateEndpointConfigInput(endpointConfigName, wire), cancellationToken);
        return output.EndpointConfigArn ?? throw SageMakerWireMapper.Missing("CreateEndpointConfig", "EndpointConfigArn");
    }

    public async Task UpdateEndpointAsync(string endpointName, string endpointConfigName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointName);
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointConfigName);
        await _client.InvokeAsync<UpdateEndpointInput, EndpointArnOutput>(
            "UpdateEndpoint", new UpdateEndpointInput(endpointName, endpointConfigName), cancellationToken);
    }

    public async Task UpdateInferenceComponentCopyCountAsync(string inferenceComponentName, int copyCount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inferenceComponentName);
        ArgumentOutOfRangeException.ThrowIfNegative(copyCount);
        await _client.InvokeAsync<UpdateInferenceComponentRuntimeConfigInput, InferenceComponentArnOutput>(
            "UpdateInferenceComponentRuntimeConfig",
            new UpdateInferenceComponentRuntimeConfigInput(inferenceComponentName, new InferenceComponentRuntimeConfigWire(copyCount)),
            cancellationToken);
    }

    public async Task StopNotebookInstanceAsync(string notebookInstanceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookInstanceName);
        await _client.InvokeAsync<NotebookInstanceInput, EmptyOutput>(
            "StopNotebookInstance", new NotebookInstanceInput(notebookInstanceName), cancellationToken);
    }

    public async Task StartNotebookInstanceAsync(string notebookInstanceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookInstanceName);
        await _client.InvokeAsync<NotebookInstanceInput, EmptyOutput>(
            "StartNotebookInstance", new NotebookInstanceInput(notebookInstanceName), cancellationToken);
    }

    public async Task AddTagsAsync(string resourceArn, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceArn);
        ArgumentNullException.ThrowIfNull(tags);
        await _client.InvokeAsync<AddTagsInput, EmptyOutput>("AddTags", new AddTagsInput(resourceArn, Tags(tags)!), cancellationToken);
    }

    public async Task DeleteTagsAsync(string resourceArn, IReadOnlyList<string> tagKeys, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceArn);
        ArgumentNullException.ThrowIfNull(tagKeys);
        await _client.InvokeAsync<DeleteTagsInput, EmptyOutput>("DeleteTags", new DeleteTagsInput(resourceArn, [.. tagKeys]), cancellationToken);
    }

    private static List<TagInputWire>? Tags(IReadOnlyDictionary<string, string>? tags) =>
        tags is null ? null : tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new TagInputWire(t.Key, t.Value)).ToList();
}
