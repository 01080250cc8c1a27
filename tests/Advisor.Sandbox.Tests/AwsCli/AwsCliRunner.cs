using System.Diagnostics;

namespace Advisor.Sandbox.Tests.AwsCli;

/// <summary>Which real AWS CLI a test drives.</summary>
public enum AwsCliFlavour
{
    /// <summary>The image's pip-installed awscli 1.x (botocore 1.43: CloudWatch over JSON 1.0), usually a pyenv shim.</summary>
    Image,

    /// <summary>Debian's awscli 2.9 at /usr/bin/aws (botocore 1.29 models: CloudWatch over the query protocol).</summary>
    Debian,
}

/// <summary>Finds and runs a real AWS CLI against the sandbox with the test keys, a timeout and captured output.</summary>
internal static class AwsCliRunner
{
    private const string DebianPath = "/usr/bin/aws";

    // Why: a CLI that hangs (e.g. probing IMDS) must fail the test, not stall the run.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static async Task<Result> RunAsync(AwsCliFlavour flavour, Uri endpoint, string secretKey, params string[] args)
    {
        var (file, prefix) = Resolve(flavour);
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in prefix.Concat(args).Concat(["--endpoint-url", endpoint.ToString(), "--region", "us-east-1", "--output", "json"]))
        {
            start.ArgumentList.Add(a);
        }

        var env = start.Environment;
        foreach (var name in new[] { "AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_ENDPOINT_URL", "AWS_CA_BUNDLE" })
        {
            env.Remove(name);
        }

        env["AWS_ACCESS_KEY_ID"] = SandboxCredentials.AccessKeyId;
        env["AWS_SECRET_ACCESS_KEY"] = secretKey;
        env["AWS_DEFAULT_REGION"] = "us-east-1";
        env["AWS_REGION"] = "us-east-1";
        env["AWS_CONFIG_FILE"] = "/nonexistent/aws-config";
        env["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials";
        env["AWS_EC2_METADATA_DISABLED"] = "true";
        env["AWS_PAGER"] = string.Empty;
        env["AWS_MAX_ATTEMPTS"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{file} {string.Join(' ', args)}' did not finish within {Timeout.TotalSeconds} s. stderr: {await stderr}");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The executable (and leading arguments) of a CLI flavour; fails the test with install advice when it is missing.</summary>
    private static (string File, string[] Prefix) Resolve(AwsCliFlavour flavour)
    {
        if (flavour == AwsCliFlavour.Debian)
        {
            Assert.True(File.Exists(DebianPath),
                $"Debian's AWS CLI v2 is missing at {DebianPath}. Install it with: apt-get update && apt-get install -y awscli");
            return (DebianPath, []);
        }

        var home = Environment.GetEnvironmentVariable("HOME") ?? "/root";
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "aws"))
            .Append(Path.Combine(home, ".pyenv", "shims", "aws"))
            .Where(path => path != DebianPath && File.Exists(path));
        if (candidates.FirstOrDefault() is { } found)
        {
            return (found, []);
        }

        var python = new[] { "/usr/local/bin/python3", Path.Combine(home, ".pyenv", "shims", "python3") }.FirstOrDefault(File.Exists);
        Assert.True(python is not null,
            "The image's AWS CLI v1 (pip awscli) was not found on PATH, in ~/.pyenv/shims, or as 'python3 -m awscli'. "
            + "Install it with: python3 -m pip install awscli");
        return (python!, ["-m", "awscli"]);
    }
}
