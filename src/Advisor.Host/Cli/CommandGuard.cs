using Advisor.Aws.Errors;
using Advisor.Sandbox.Estate.File;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary>Runs a command body and turns the errors a user can fix into one clear message and exit code 1 (no stack trace).</summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(IAnsiConsole console, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (OptionsValidationException ex)
        {
            return Fail(console, "Configuration is invalid", string.Join(Environment.NewLine, ex.Failures));
        }
        catch (EstateFileException ex)
        {
            return Fail(console, "The estate file is invalid", ex.Message);
        }
        catch (FileNotFoundException ex)
        {
            return Fail(console, "A file is missing", ex.Message);
        }
        catch (Amazon.Runtime.AmazonClientException ex) when (ex.Message.Contains("credentials", StringComparison.OrdinalIgnoreCase))
        {
            // Why: the default chain found nothing (no env keys, profile, SSO, web identity, container or instance role); its message
            // lists what each provider said and never contains a secret.
            return Fail(console, "No AWS credentials were found", ex.Message
                + Environment.NewLine + "Set AWS_PROFILE (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), or run where an IAM role is attached.");
        }
        catch (AwsServiceException ex)
        {
            return Fail(console, $"AWS refused {ex.Service}.{ex.Operation}", $"{ex.ErrorCode}: {ex.Message} (request id {ex.RequestId ?? "none"})");
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]Cancelled.[/]");
            return 130;
        }
    }

    private static int Fail(IAnsiConsole console, string what, string detail)
    {
        console.MarkupLine($"[red]{Markup.Escape(what)}:[/]");
        console.WriteLine(detail);
        return 1;
    }
}
