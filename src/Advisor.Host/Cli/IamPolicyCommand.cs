using System.CommandLine;
using Advisor.Analyzers.Registration;
using Advisor.Aws.Accounts;
using Advisor.Core.Analysis;
using Advisor.Host.Composition;
using Advisor.Host.Publishing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary><c>iam-policy [--apply]</c>: print the IAM policy the collectors and the registered analyzers need (no wildcard actions).</summary>
internal static class IamPolicyCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var apply = new Option<bool>("--apply") { Description = "Also grant the analyzers' remediation actions (for auto-apply)." };
        var config = CommonOptions.Config();
        var command = new Command("iam-policy", "Print the least-privilege IAM policy for the enabled sources and analyzers.") { apply, config };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(console, () =>
        {
            var configuration = AdvisorConfiguration.Load(parse.GetValue(config)?.FullName);
            using var services = new ServiceCollection().AddAdvisorAnalyzers(configuration).BuildServiceProvider();
            var accounts = configuration.GetSection(AccountsOptions.SectionName).Get<AccountsOptions>() ?? new AccountsOptions();
            var roles = accounts.Targets
                .Where(t => (t.RoleName ?? accounts.RoleName) is not null)
                .Select(t => AssumeRoleTarget.RoleArnFor(t.Id, (t.RoleName ?? accounts.RoleName)!))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var policy = IamPolicy.Render(services.GetRequiredService<AnalyzerRegistry>().All, parse.GetValue(apply), roles);

            // Why: plain stdout, so `iam-policy > policy.json` gives a file aws iam create-policy accepts.
            console.Profile.Out.Writer.WriteLine(policy);
            return Task.FromResult(0);
        }));
        return command;
    }
}
