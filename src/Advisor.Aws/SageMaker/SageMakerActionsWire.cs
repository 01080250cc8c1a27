namespace Advisor.Aws.SageMaker;

// Request and response shapes of the mutating SageMaker operations (member names exactly as in the SageMaker model).

internal sealed record TagInputWire(string Key, string Value);

internal sealed record DeleteEndpointInput(string EndpointName);

internal sealed record CreateEndpointInput(string EndpointName, string EndpointConfigName, List<TagInputWire>? Tags);

internal sealed record EndpointArnOutput(string? EndpointArn);

internal sealed record CreateEndpointConfigInput(string EndpointConfigName, List<ProductionVariantInputWire> ProductionVariants);

internal sealed record ProductionVariantInputWire(
    string VariantName, string? ModelName, string? InstanceType, int? InitialInstanceCount, string? AcceleratorType, ServerlessConfigWire? ServerlessConfig);

internal sealed record EndpointConfigArnOutput(string? EndpointConfigArn);

internal sealed record UpdateEndpointInput(string EndpointName, string EndpointConfigName);

internal sealed record UpdateInferenceComponentRuntimeConfigInput(string InferenceComponentName, InferenceComponentRuntimeConfigWire DesiredRuntimeConfig);

internal sealed record InferenceComponentRuntimeConfigWire(int CopyCount);

internal sealed record InferenceComponentArnOutput(string? InferenceComponentArn);

internal sealed record NotebookInstanceInput(string NotebookInstanceName);

internal sealed record AddTagsInput(string ResourceArn, List<TagInputWire> Tags);

internal sealed record DeleteTagsInput(string ResourceArn, List<string> TagKeys);

internal sealed record EmptyOutput;
