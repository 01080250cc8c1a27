using System.Globalization;
using Advisor.Sandbox.Estate;
using Microsoft.Extensions.Primitives;

namespace Advisor.Sandbox.Ec2;

/// <summary>
/// StopInstances, StartInstances and CreateTags. EC2 answers "stopping"/"pending" as the current state; the sandbox settles
/// the instance at once (stopped/running), so the next DescribeInstances already shows the final state.
/// </summary>
internal sealed class InstanceStateOperations(SandboxEstate estate)
{
    public byte[] Stop(IReadOnlyDictionary<string, StringValues> form, string requestId) =>
        Transition(form, requestId, "StopInstances", from: "running", reported: "stopping", to: "stopped");

    public byte[] Start(IReadOnlyDictionary<string, StringValues> form, string requestId) =>
        Transition(form, requestId, "StartInstances", from: "stopped", reported: "pending", to: "running");

    public byte[] CreateTags(IReadOnlyDictionary<string, StringValues> form, string requestId)
    {
        var ids = RequireIds(form, "ResourceId");
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 1; Ec2Form.Get(form, "Tag." + n.ToString(CultureInfo.InvariantCulture) + ".Key") is { } key; n++)
        {
            tags[key] = Ec2Form.Get(form, "Tag." + n.ToString(CultureInfo.InvariantCulture) + ".Value") ?? "";
        }

        SandboxEstate.Mutable(estate.Ec2Instances).Update(list =>
        {
            foreach (var id in ids)
            {
                var found = list.FirstOrDefault(i => i.InstanceId == id) ?? throw Ec2Errors.InstanceNotFound(id);
                var merged = new Dictionary<string, string>(found.Tags, StringComparer.Ordinal);
                foreach (var (key, value) in tags)
                {
                    merged[key] = value;
                }

                list = list.Replace(found, found with { Tags = merged });
            }

            return (list, true);
        });
        return Ec2Xml.Response("CreateTags", requestId, w => w.Text("return", "true"));
    }

    private byte[] Transition(IReadOnlyDictionary<string, StringValues> form, string requestId, string operation, string from, string reported, string to)
    {
        var ids = RequireIds(form, "InstanceId");
        var changes = SandboxEstate.Mutable(estate.Ec2Instances).Update(list =>
        {
            var result = new List<(string Id, string Previous, string Current)>();
            foreach (var id in ids)
            {
                var found = list.FirstOrDefault(i => i.InstanceId == id) ?? throw Ec2Errors.InstanceNotFound(id);
                if (found.State == from)
                {
                    list = list.Replace(found, found with { State = to });
                    result.Add((id, from, reported));
                }
                else if (found.State == to)
                {
                    // Why: EC2 is idempotent here: stopping a stopped instance answers stopped → stopped, no error.
                    result.Add((id, to, to));
                }
                else
                {
                    throw Ec2Errors.IncorrectInstanceState(id, found.State, operation);
                }
            }

            return (list, result);
        });
        return Ec2Xml.Response(operation, requestId, w =>
        {
            w.Open("instancesSet");
            foreach (var (id, previous, current) in changes)
            {
                w.Open("item");
                w.Text("instanceId", id);
                WriteState(w, "currentState", current);
                WriteState(w, "previousState", previous);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        });
    }

    private static IReadOnlyList<string> RequireIds(IReadOnlyDictionary<string, StringValues> form, string prefix)
    {
        var ids = Ec2Form.List(form, prefix);
        return ids.Count > 0 ? ids : throw Ec2Errors.MissingParameter($"The request must contain the parameter {prefix}");
    }

    private static void WriteState(System.Xml.XmlWriter w, string element, string state)
    {
        w.Open(element);
        w.Text("code", Ec2InstanceXml.StateCode(state).ToString(CultureInfo.InvariantCulture));
        w.Text("name", state);
        w.WriteEndElement();
    }
}
