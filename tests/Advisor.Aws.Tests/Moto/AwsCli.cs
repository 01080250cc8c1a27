using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Advisor.Aws.Tests.Moto;

/// <summary>
/// The image's AWS CLI (botocore, an AWS client nobody here wrote) pointed at moto, used to seed it. Credentials come from
/// the environment of the child process only; the secret key is never put on a command line or into an error message.
/// </summary>
public sealed class AwsCli(Uri endpoint, string accessKey, string secretKey, string region)
{
    /// <summary>Why: one CLI call against loopback takes about a second; a minute means it hangs.</summary>
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs <c>aws &lt;arguments&gt; --endpoint-url … --region …</c> and returns its stdout; a non-zero exit throws with its stderr.</summary>
    public async Task<string> RunAsync(params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var (fileName, prefix) = Resolve();
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in prefix.Concat(arguments).Concat(["--endpoint-url", endpoint.ToString(), "--region", region, "--output", "json"]))
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["AWS_ACCESS_KEY_ID"] = accessKey;
        info.Environment["AWS_SECRET_ACCESS_KEY"] = secretKey;
        info.Environment["AWS_DEFAULT_REGION"] = region;

        // Why: nothing from the developer's own AWS setup (profiles, tokens, IMDS) may leak into the seeding.
        info.Environment.Remove("AWS_SESSION_TOKEN");
        info.Environment.Remove("AWS_PROFILE");
        info.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        info.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        info.Environment["AWS_EC2_METADATA_DISABLED"] = "true";

        var command = "aws " + string.Join(' ', arguments.Take(2));
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"Cannot run the AWS CLI to seed moto (\"{fileName}\"): {ex.Message}. Install it (pip install awscli) or put 'aws' on PATH.", ex);
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CallTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException(
                $"\"{command}\" did not finish within {CallTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"\"{command}\" failed with exit code {process.ExitCode}: {await stderr}");
        }

        return await stdout;
    }

    private static (string FileName, string[] Prefix) Resolve()
    {
        // Why: 'aws' is a pyenv shim in the image; when it is not on PATH the same CLI runs as a Python module.
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var onPath = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "aws"))
            .FirstOrDefault(File.Exists);
        return onPath is not null ? (onPath, []) : ("python3", ["-m", "awscli"]);
    }
}
