using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Ec2;

/// <summary>Writes one instance as a DescribeInstances reservation item.</summary>
internal static class Ec2InstanceXml
{
    /// <summary>EC2's state codes (the low byte of <c>instanceState/code</c>).</summary>
    public static int StateCode(string state) => state switch
    {
        "pending" => 0,
        "running" => 16,
        "shutting-down" => 32,
        "terminated" => 48,
        "stopping" => 64,
        "stopped" => 80,
        _ => 16,
    };

    public static void WriteReservation(XmlWriter w, SandboxEc2Instance instance, string accountId)
    {
        w.Open("item");
        w.Text("reservationId", "r-" + Hex(instance.InstanceId, 17));
        w.Text("ownerId", accountId);
        w.Open("groupSet");
        w.WriteEndElement();
        w.Open("instancesSet");
        w.Open("item");
        w.Text("instanceId", instance.InstanceId);
        w.Text("imageId", "ami-" + Hex(instance.InstanceType, 17));
        w.Open("instanceState");
        w.Text("code", StateCode(instance.State).ToString(CultureInfo.InvariantCulture));
        w.Text("name", instance.State);
        w.WriteEndElement();
        w.Text("privateDnsName", PrivateDns(instance));
        w.Text("instanceType", instance.InstanceType);
        w.Text("launchTime", Ec2Form.Iso(instance.LaunchTime));
        w.Open("placement");
        w.Text("availabilityZone", instance.AvailabilityZone);
        w.Text("tenancy", "default");
        w.WriteEndElement();
        w.Open("monitoring");
        w.Text("state", "disabled");
        w.WriteEndElement();
        w.Text("rootDeviceType", instance.RootDeviceType);
        w.Text("rootDeviceName", "/dev/xvda");
        if (instance.Lifecycle is { } lifecycle)
        {
            w.Text("instanceLifecycle", lifecycle);
        }

        w.Text("architecture", "x86_64");
        w.Text("virtualizationType", "hvm");
        if (instance.Tags.Count > 0)
        {
            w.Open("tagSet");
            foreach (var (key, value) in instance.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                w.Open("item");
                w.Text("key", key);
                w.Text("value", value);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>The host name the CloudWatch agent reports as the <c>host</c> dimension (ip-10-x-y-z.ec2.internal).</summary>
    public static string PrivateDns(SandboxEc2Instance instance)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(instance.InstanceId));
        return string.Create(CultureInfo.InvariantCulture, $"ip-10-0-{hash[0]}-{hash[1]}.ec2.internal");
    }

    private static string Hex(string seed, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..length];
}
