using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>
/// The SageMaker operations of the sandbox (awsJson1_1): endpoints and configs, inference components, models, training jobs,
/// notebook instances, Studio apps and tags, plus the mutating operations remediation uses (delete/create/update endpoint,
/// stop/start notebook, add/delete tags). Each resource operation lives in its own class.
/// </summary>
internal sealed class SageMakerService(SandboxEstate estate, TimeProvider clock) : ISandboxApi
{
    private readonly EndpointLifecycleOperations _endpoints = new(estate, clock);
    private readonly NotebookLifecycleOperations _notebooks = new(estate, clock);
    private readonly TagOperations _tags = new(estate);
    private readonly ListEndpointsOperation _listEndpoints = new(estate);
    private readonly ListInferenceComponentsOperation _listInferenceComponents = new(estate);
    private readonly DescribeInferenceComponentOperation _describeInferenceComponent = new(estate);
    private readonly InferenceComponentOperations _inferenceComponents = new(estate, clock);
    private readonly ListModelsOperation _listModels = new(estate);
    private readonly DescribeModelOperation _describeModel = new(estate);
    private readonly ListTrainingJobsOperation _listTrainingJobs = new(estate);
    private readonly DescribeTrainingJobOperation _describeTrainingJob = new(estate);
    private readonly ListNotebookInstancesOperation _listNotebookInstances = new(estate);
    private readonly DescribeNotebookInstanceOperation _describeNotebookInstance = new(estate);
    private readonly ListAppsOperation _listApps = new(estate);
    private readonly ListTagsOperation _listTags = new(estate);

    public SandboxService Service => SandboxService.SageMaker;

    public byte[] Handle(ApiCall call)
    {
        using var document = JsonInput.Parse(call.Body);
        var input = document.RootElement;
        try
        {
            return call.Operation switch
            {
                "ListEndpoints" => _listEndpoints.Handle(input),
                "DescribeEndpoint" => Settling(DescribeEndpoint(input), () => _endpoints.Settle(RequiredString(input, "EndpointName"))),
                "DescribeEndpointConfig" => DescribeEndpointConfig(input),
                "ListInferenceComponents" => _listInferenceComponents.Handle(input),
                "DescribeInferenceComponent" => Settling(
                    _describeInferenceComponent.Handle(input), () => _inferenceComponents.Settle(RequiredString(input, "InferenceComponentName"))),
                "UpdateInferenceComponentRuntimeConfig" => _inferenceComponents.UpdateRuntimeConfig(input),
                "ListModels" => _listModels.Handle(input),
                "DescribeModel" => _describeModel.Handle(input),
                "ListTrainingJobs" => _listTrainingJobs.Handle(input),
                "DescribeTrainingJob" => _describeTrainingJob.Handle(input),
                "ListNotebookInstances" => _listNotebookInstances.Handle(input),
                "DescribeNotebookInstance" => Settling(_describeNotebookInstance.Handle(input), () => _notebooks.Settle(RequiredString(input, "NotebookInstanceName"))),
                "ListApps" => _listApps.Handle(input),
                "ListTags" => _listTags.Handle(input),
                "DeleteEndpoint" => _endpoints.Delete(input),
                "CreateEndpoint" => _endpoints.Create(input),
                "CreateEndpointConfig" => _endpoints.CreateConfig(input),
                "UpdateEndpoint" => _endpoints.Update(input),
                "StopNotebookInstance" => _notebooks.Stop(input),
                "StartNotebookInstance" => _notebooks.Start(input),
                "AddTags" => _tags.Add(input),
                "DeleteTags" => _tags.Delete(input),
                _ => throw ApiErrors.UnknownOperation(call.Protocol, call.Operation),
            };
        }
        catch (WireInputException ex)
        {
            throw ApiErrors.Validation(ex.Message);
        }
    }

    /// <summary>Answers with the transitional status, then lets the resource reach its pending one (what the next Describe sees).</summary>
    private static byte[] Settling(byte[] answer, Action settle)
    {
        settle();
        return answer;
    }

    private byte[] DescribeEndpoint(JsonElement input)
    {
        var name = RequiredString(input, "EndpointName");
        var endpoint = estate.Endpoints.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw ApiErrors.Validation($"Could not find endpoint \"{estate.EndpointArn(name)}\".");
        var config = FindConfig(endpoint.ConfigName);

        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("EndpointName", endpoint.Name);
            w.WriteString("EndpointArn", estate.EndpointArn(endpoint.Name));
            w.WriteString("EndpointConfigName", endpoint.ConfigName);
            w.WriteStartArray("ProductionVariants");
            foreach (var variant in config?.Variants ?? [])
            {
                WriteVariantSummary(w, variant);
            }

            w.WriteEndArray();
            w.WriteString("EndpointStatus", endpoint.Status);
            if (endpoint.Status == "Failed" && endpoint.FailureReason is { } failure)
            {
                w.WriteString("FailureReason", failure);
            }

            w.WriteTimestamp("CreationTime", endpoint.CreationTime);
            w.WriteTimestamp("LastModifiedTime", endpoint.LastModifiedTime);
            w.WriteEndObject();
        });
    }

    private static void WriteVariantSummary(Utf8JsonWriter w, SandboxVariant variant)
    {
        w.WriteStartObject();
        w.WriteString("VariantName", variant.Name);
        w.WriteNumber("CurrentWeight", 1.0);
        w.WriteNumber("DesiredWeight", 1.0);
        if (variant.ServerlessMemoryMb is { } memory)
        {
            foreach (var member in (string[])["CurrentServerlessConfig", "DesiredServerlessConfig"])
            {
                w.WriteStartObject(member);
                w.WriteNumber("MemorySizeInMB", memory);
                w.WriteNumber("MaxConcurrency", variant.ServerlessMaxConcurrency ?? 1);
                w.WriteEndObject();
            }
        }
        else
        {
            w.WriteNumber("CurrentInstanceCount", variant.InstanceCount ?? 1);
            w.WriteNumber("DesiredInstanceCount", variant.InstanceCount ?? 1);
        }

        WriteManagedScaling(w, variant);
        w.WriteEndObject();
    }

    private byte[] DescribeEndpointConfig(JsonElement input)
    {
        var name = RequiredString(input, "EndpointConfigName");
        var config = FindConfig(name)
            ?? throw ApiErrors.Validation($"Could not find endpoint configuration \"{estate.EndpointConfigArn(name)}\".");

        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("EndpointConfigName", config.Name);
            w.WriteString("EndpointConfigArn", estate.EndpointConfigArn(config.Name));
            w.WriteStartArray("ProductionVariants");
            foreach (var variant in config.Variants)
            {
                WriteProductionVariant(w, variant);
            }

            w.WriteEndArray();
            w.WriteTimestamp("CreationTime", config.CreationTime);
            w.WriteEndObject();
        });
    }

    private static void WriteProductionVariant(Utf8JsonWriter w, SandboxVariant variant)
    {
        w.WriteStartObject();
        w.WriteString("VariantName", variant.Name);
        if (variant.ModelName is not null)
        {
            w.WriteString("ModelName", variant.ModelName);
        }

        if (variant.InstanceType is not null)
        {
            w.WriteString("InstanceType", variant.InstanceType);
            w.WriteNumber("InitialInstanceCount", variant.InstanceCount ?? 1);
        }

        w.WriteNumber("InitialVariantWeight", 1.0);
        if (variant.AcceleratorType is not null)
        {
            w.WriteString("AcceleratorType", variant.AcceleratorType);
        }

        if (variant.ServerlessMemoryMb is { } memory)
        {
            w.WriteStartObject("ServerlessConfig");
            w.WriteNumber("MemorySizeInMB", memory);
            w.WriteNumber("MaxConcurrency", variant.ServerlessMaxConcurrency ?? 1);
            w.WriteEndObject();
        }

        WriteManagedScaling(w, variant);
        w.WriteEndObject();
    }

    private static void WriteManagedScaling(Utf8JsonWriter w, SandboxVariant variant)
    {
        if (variant.ManagedScalingMin is null && variant.ManagedScalingMax is null)
        {
            return;
        }

        w.WriteStartObject("ManagedInstanceScaling");
        w.WriteString("Status", "ENABLED");
        if (variant.ManagedScalingMin is { } min)
        {
            w.WriteNumber("MinInstanceCount", min);
        }

        if (variant.ManagedScalingMax is { } max)
        {
            w.WriteNumber("MaxInstanceCount", max);
        }

        w.WriteEndObject();
    }

    private SandboxEndpointConfig? FindConfig(string name) =>
        estate.EndpointConfigs.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    internal static string RequiredString(JsonElement input, string member) =>
        JsonInput.String(input, member) is { Length: > 0 } value
            ? value
            : throw ApiErrors.Validation(
                $"1 validation error detected: Value null at '{char.ToLowerInvariant(member[0])}{member[1..]}' failed to satisfy constraint: Member must not be null");
}
