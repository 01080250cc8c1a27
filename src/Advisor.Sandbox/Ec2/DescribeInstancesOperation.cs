using System.Globalization;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;
using Microsoft.Extensions.Primitives;

namespace Advisor.Sandbox.Ec2;

/// <summary>
/// DescribeInstances over the estate's EC2 instances: <c>InstanceId.N</c>, filters (instance-type, instance-state-name,
/// instance-id, availability-zone, instance-lifecycle, tag:KEY), paging with MaxResults 5-1000. One reservation per instance.
/// </summary>
internal sealed class DescribeInstancesOperation(SandboxEstate estate)
{
    private const string TokenKind = "ec2-instances";

    // Why: EC2 documents MaxResults 5-1000 for DescribeInstances; without MaxResults it returns everything in one page.
    private const int MinPage = 5;
    private const int MaxPage = 1000;

    public byte[] Execute(IReadOnlyDictionary<string, StringValues> form, string requestId)
    {
        var ids = Ec2Form.List(form, "InstanceId");
        var filters = Ec2Form.Filters(form);
        var max = Ec2Form.MaxResults(form, MinPage, MaxPage);
        if (max is not null && ids.Count > 0)
        {
            throw Ec2Errors.InvalidParameterValue("The parameter instancesSet cannot be used with the parameter maxResults");
        }

        foreach (var id in ids.Where(id => estate.Ec2Instances.All(i => i.InstanceId != id)))
        {
            throw Ec2Errors.InstanceNotFound(id);
        }

        var matching = estate.Ec2Instances
            .Where(i => ids.Count == 0 || ids.Contains(i.InstanceId))
            .Where(i => filters.All(f => Matches(f, i)))
            .OrderBy(i => i.InstanceId, StringComparer.Ordinal)
            .ToList();
        var fingerprint = PageToken.Fingerprint(string.Join(';', ids) + "|" + string.Join(';', filters.Select(f => f.Name + "=" + string.Join(',', f.Values))));
        var offset = 0;
        if (Ec2Form.Get(form, "NextToken") is { Length: > 0 } token)
        {
            offset = PageToken.TryRead(token, TokenKind, fingerprint)
                ?? throw Ec2Errors.InvalidParameterValue($"Invalid value '{token}' for nextToken (it belongs to another request).");
        }

        var size = max ?? int.MaxValue;
        var page = matching.Skip(offset).Take(size).ToList();
        var next = offset + page.Count < matching.Count ? PageToken.Create(TokenKind, offset + page.Count, fingerprint) : null;
        return Ec2Xml.Response("DescribeInstances", requestId, w =>
        {
            w.Open("reservationSet");
            foreach (var instance in page)
            {
                Ec2InstanceXml.WriteReservation(w, instance, estate.AccountId);
            }

            w.WriteEndElement();
            if (next is not null)
            {
                w.Text("nextToken", next);
            }
        });
    }

    private static bool Matches(Ec2Filter filter, SandboxEc2Instance instance) => filter.Name switch
    {
        "instance-type" => Ec2Form.Matches(filter, instance.InstanceType),
        "instance-state-name" => Ec2Form.Matches(filter, instance.State),
        "instance-state-code" => Ec2Form.Matches(filter, Ec2InstanceXml.StateCode(instance.State).ToString(CultureInfo.InvariantCulture)),
        "instance-id" => Ec2Form.Matches(filter, instance.InstanceId),
        "availability-zone" => Ec2Form.Matches(filter, instance.AvailabilityZone),
        "instance-lifecycle" => Ec2Form.Matches(filter, instance.Lifecycle),
        "tag-key" => instance.Tags.Keys.Any(k => Ec2Form.Matches(filter, k)),
        _ when filter.Name.StartsWith("tag:", StringComparison.Ordinal) =>
            instance.Tags.TryGetValue(filter.Name[4..], out var value) && Ec2Form.Matches(filter, value),
        _ => throw Ec2Errors.InvalidParameterValue($"The filter '{filter.Name}' is invalid"),
    };
}
