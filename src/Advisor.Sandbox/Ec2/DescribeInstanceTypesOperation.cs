using System.Globalization;
using System.Xml;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Protocol;
using Microsoft.Extensions.Primitives;

namespace Advisor.Sandbox.Ec2;

/// <summary>
/// DescribeInstanceTypes from the bundled price table's specs: vCPUs, memory, GPUs (gpuInfo), Inferentia 1
/// (inferenceAcceleratorInfo) and Inferentia 2 / Trainium (neuronInfo). Paging with MaxResults 5-100.
/// </summary>
internal sealed class DescribeInstanceTypesOperation
{
    private const string TokenKind = "ec2-instance-types";

    // Why: EC2 documents MaxResults 5-100 for DescribeInstanceTypes, and at most 100 InstanceType.N per call.
    private const int MinPage = 5;
    private const int MaxPage = 100;

    private readonly IReadOnlyList<InstanceSpec> _all = BundledPriceBook.Default.Rows
        .Where(r => r.Service == "ec2")
        .Select(r => r.InstanceType)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .Select(t => BundledPriceBook.Default.Spec(t)!)
        .ToList();

    public byte[] Execute(IReadOnlyDictionary<string, StringValues> form, string requestId)
    {
        var requested = Ec2Form.List(form, "InstanceType");
        if (requested.Count > MaxPage)
        {
            throw Ec2Errors.InvalidParameterValue(string.Create(
                CultureInfo.InvariantCulture, $"The maximum number of instance types is {MaxPage}; {requested.Count} were given."));
        }

        var unknown = requested.Where(t => _all.All(s => s.InstanceType != t)).ToList();
        if (unknown.Count > 0)
        {
            throw Ec2Errors.InvalidInstanceType(unknown);
        }

        var filters = Ec2Form.Filters(form);
        var matching = _all
            .Where(s => requested.Count == 0 || requested.Contains(s.InstanceType))
            .Where(s => filters.All(f => Matches(f, s)))
            .ToList();
        var fingerprint = PageToken.Fingerprint(string.Join(';', requested) + "|" + string.Join(';', filters.Select(f => f.Name + "=" + string.Join(',', f.Values))));
        var offset = 0;
        if (Ec2Form.Get(form, "NextToken") is { Length: > 0 } token)
        {
            offset = PageToken.TryRead(token, TokenKind, fingerprint)
                ?? throw Ec2Errors.InvalidParameterValue($"Invalid value '{token}' for nextToken (it belongs to another request).");
        }

        var size = Ec2Form.MaxResults(form, MinPage, MaxPage) ?? MaxPage;
        var page = matching.Skip(offset).Take(size).ToList();
        var next = offset + page.Count < matching.Count ? PageToken.Create(TokenKind, offset + page.Count, fingerprint) : null;
        return Ec2Xml.Response("DescribeInstanceTypes", requestId, w =>
        {
            w.Open("instanceTypeSet");
            foreach (var spec in page)
            {
                Write(w, spec);
            }

            w.WriteEndElement();
            if (next is not null)
            {
                w.Text("nextToken", next);
            }
        });
    }

    private static bool Matches(Ec2Filter filter, InstanceSpec spec) => filter.Name switch
    {
        "instance-type" => Ec2Form.Matches(filter, spec.InstanceType),
        "current-generation" => Ec2Form.Matches(filter, "true"),
        _ => throw Ec2Errors.InvalidParameterValue($"The filter '{filter.Name}' is invalid"),
    };

    private static void Write(XmlWriter w, InstanceSpec spec)
    {
        w.Open("item");
        w.Text("instanceType", spec.InstanceType);
        w.Text("currentGeneration", "true");
        w.Open("vCpuInfo");
        w.Text("defaultVCpus", Num(spec.Vcpu));
        w.WriteEndElement();
        w.Open("memoryInfo");
        w.Text("sizeInMiB", Num(Mib(spec.MemoryGib)));
        w.WriteEndElement();
        var (manufacturer, name) = SplitModel(spec.GpuModel);
        var perDevice = spec.GpuCount > 0 ? Mib(spec.GpuMemoryGib) / spec.GpuCount : 0;
        switch (spec.Accelerator)
        {
            case "gpu":
                w.Open("gpuInfo");
                w.Open("gpus");
                Device(w, "item", name, manufacturer, spec.GpuCount, perDevice);
                w.WriteEndElement();
                w.Text("totalGpuMemoryInMiB", Num(Mib(spec.GpuMemoryGib)));
                w.WriteEndElement();
                break;
            case "inferentia":
                w.Open("inferenceAcceleratorInfo");
                w.Open("accelerators");

                // Why: EC2's model names this list's entries "member", not "item" (an ec2Query quirk the SDKs follow).
                Device(w, "member", name, manufacturer, spec.GpuCount, perDevice);
                w.WriteEndElement();
                w.Text("totalInferenceMemoryInMiB", Num(Mib(spec.GpuMemoryGib)));
                w.WriteEndElement();
                break;
            case "inferentia2" or "trainium":
                // Why: AWS describes Inferentia2 and Trainium chips as Neuron devices, not as inference accelerators.
                w.Open("neuronInfo");
                w.Open("neuronDevices");
                w.Open("item");
                w.Text("count", Num(spec.GpuCount));
                w.Text("name", name);
                w.Open("coreInfo");
                w.Text("count", "2");
                w.Text("version", "2");
                w.WriteEndElement();
                w.Open("memoryInfo");
                w.Text("sizeInMiB", Num(perDevice));
                w.WriteEndElement();
                w.WriteEndElement();
                w.WriteEndElement();
                w.Text("totalNeuronDeviceMemoryInMiB", Num(Mib(spec.GpuMemoryGib)));
                w.WriteEndElement();
                break;
        }

        w.WriteEndElement();
    }

    private static void Device(XmlWriter w, string element, string name, string manufacturer, int count, long memoryMib)
    {
        w.Open(element);
        w.Text("name", name);
        w.Text("manufacturer", manufacturer);
        w.Text("count", Num(count));
        w.Open("memoryInfo");
        w.Text("sizeInMiB", Num(memoryMib));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>"NVIDIA T4" → (NVIDIA, T4); "AWS Inferentia2" → (AWS, Inferentia2).</summary>
    internal static (string Manufacturer, string Name) SplitModel(string? model)
    {
        if (string.IsNullOrEmpty(model))
        {
            return ("", "");
        }

        var space = model.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (model, model) : (model[..space], model[(space + 1)..]);
    }

    private static long Mib(decimal gib) => (long)(gib * 1024);

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
