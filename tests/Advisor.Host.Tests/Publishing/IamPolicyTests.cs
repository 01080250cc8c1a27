using System.Reflection;
using System.Text.Json;
using Advisor.Aws.AutoScaling;
using Advisor.Aws.CloudWatch;
using Advisor.Aws.CostExplorer;
using Advisor.Aws.Ec2;
using Advisor.Aws.Pricing;
using Advisor.Aws.SageMaker;
using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.Publishing;

/// <summary>The printed policy covers every AWS operation our clients can call, and nothing with a wildcard.</summary>
public sealed class IamPolicyTests
{
    /// <summary>Every operation of every client interface, as an IAM action (method ListEndpointsAsync on ISageMakerApi → sagemaker:ListEndpoints).</summary>
    public static TheoryData<string> ClientActions()
    {
        var data = new TheoryData<string>();
        foreach (var (type, service) in new (Type, string)[]
                 {
                     (typeof(ISageMakerApi), "sagemaker"), (typeof(ICloudWatchApi), "cloudwatch"), (typeof(ICostExplorerApi), "ce"),
                     (typeof(IPricingApi), "pricing"), (typeof(IEc2Api), "ec2"),
                     (typeof(IApplicationAutoScalingApi), "application-autoscaling"),
                 })
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal)))
            {
                data.Add(service + ":" + method.Name[..^"Async".Length]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ClientActions))]
    public async Task The_Read_Only_Policy_Allows_Every_Operation_The_Clients_Can_Call(string action)
    {
        var actions = await PolicyActionsAsync("iam-policy");

        Assert.Contains(action, actions);
    }

    [Fact]
    public async Task The_Policy_Has_No_Wildcard_And_Remediation_Only_With_Apply()
    {
        var readOnly = await PolicyActionsAsync("iam-policy");
        var apply = await PolicyActionsAsync("iam-policy", "--apply");

        Assert.DoesNotContain(readOnly, a => a.Contains('*', StringComparison.Ordinal));
        Assert.DoesNotContain(apply, a => a.Contains('*', StringComparison.Ordinal));
        Assert.DoesNotContain("sagemaker:DeleteEndpoint", readOnly);
        Assert.Contains("sagemaker:DeleteEndpoint", apply);
        Assert.Equal(readOnly.Count, readOnly.Distinct().Count());
    }

    [Fact]
    public async Task Member_Account_Roles_Get_An_AssumeRole_Statement_On_Exactly_Those_Roles()
    {
        using var dir = new TempDir();
        var config = dir.File("accounts.json");
        File.WriteAllText(config, """
            { "Aws": { "Accounts": { "RoleName": "MlCostAdvisorRead", "Targets": [ { "Id": "111122223333", "Regions": ["us-east-1"] } ] } } }
            """);

        var (exit, output) = await CliRun.RunAsync("iam-policy", "--config", config);

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var assume = doc.RootElement.GetProperty("Statement").EnumerateArray().Single(s => s.GetProperty("Sid").GetString() == "AdvisorAssumeMemberRoles");
        Assert.Equal("sts:AssumeRole", assume.GetProperty("Action").GetString());
        Assert.Equal(["arn:aws:iam::111122223333:role/MlCostAdvisorRead"], assume.GetProperty("Resource").EnumerateArray().Select(r => r.GetString()));
    }

    private static async Task<List<string>> PolicyActionsAsync(params string[] args)
    {
        var (exit, output) = await CliRun.RunAsync(args);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2012-10-17", doc.RootElement.GetProperty("Version").GetString());
        return [.. doc.RootElement.GetProperty("Statement")[0].GetProperty("Action").EnumerateArray().Select(a => a.GetString()!)];
    }
}
