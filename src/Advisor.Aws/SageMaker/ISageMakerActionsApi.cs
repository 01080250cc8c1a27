namespace Advisor.Aws.SageMaker;

/// <summary>
/// The SageMaker operations that CHANGE the estate, used only by remediation (kept apart from the read-only
/// <see cref="ISageMakerApi"/> so the read-only IAM policy and the collectors never see them). Missing resources surface as
/// <see cref="Errors.AwsNotFoundException"/>.
/// </summary>
public interface ISageMakerActionsApi
{
    /// <summary>DeleteEndpoint: the endpoint goes; its endpoint config and models stay (CreateEndpoint brings it back).</summary>
    Task DeleteEndpointAsync(string endpointName, CancellationToken cancellationToken = default);

    /// <summary>CreateEndpoint from an existing config; returns the endpoint ARN. The endpoint starts in Creating.</summary>
    Task<string> CreateEndpointAsync(string endpointName, string endpointConfigName, IReadOnlyDictionary<string, string>? tags = null, CancellationToken cancellationToken = default);

    /// <summary>CreateEndpointConfig with the given variants; returns the config ARN.</summary>
    Task<string> CreateEndpointConfigAsync(string endpointConfigName, IReadOnlyList<ProductionVariant> variants, CancellationToken cancellationToken = default);

    /// <summary>UpdateEndpoint to another config (blue/green in AWS); the endpoint is Updating until it is InService again.</summary>
    Task UpdateEndpointAsync(string endpointName, string endpointConfigName, CancellationToken cancellationToken = default);

    /// <summary>
    /// UpdateInferenceComponentRuntimeConfig: sets the component's desired copy count (0 scales it to zero; the endpoint stays).
    /// The component is Updating until its current copy count reaches the desired one.
    /// </summary>
    Task UpdateInferenceComponentCopyCountAsync(string inferenceComponentName, int copyCount, CancellationToken cancellationToken = default);

    Task StopNotebookInstanceAsync(string notebookInstanceName, CancellationToken cancellationToken = default);

    Task StartNotebookInstanceAsync(string notebookInstanceName, CancellationToken cancellationToken = default);

    /// <summary>AddTags on a SageMaker ARN (adds or overwrites).</summary>
    Task AddTagsAsync(string resourceArn, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default);

    /// <summary>DeleteTags on a SageMaker ARN.</summary>
    Task DeleteTagsAsync(string resourceArn, IReadOnlyList<string> tagKeys, CancellationToken cancellationToken = default);
}
