using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.Daemon;

/// <summary>A <c>serve</c> child process (the built advisor.dll) on a free loopback port, its output captured, killed on dispose.</summary>
internal sealed class DaemonProcess : IDisposable
{
    public const string AdminToken = "test-admin-token-0123456789abcdef";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private DaemonProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseUrl { get; }

    public HttpClient Http { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static DaemonProcess Start(string dataDir, IReadOnlyDictionary<string, string?>? environment = null, params string[] extraArgs)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[ProcessRunner.AdvisorDll(), "serve", "--sandbox", "--urls", $"http://127.0.0.1:{port}", "--data-dir", dataDir, .. extraArgs])
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ADVISOR_ADMIN_TOKEN"] = AdminToken;
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the daemon.");
        var daemon = new DaemonProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => daemon.Append(e.Data);
        process.ErrorDataReceived += (_, e) => daemon.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return daemon;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails with the daemon's output when it exits or time runs out.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        // Why 3 minutes: start-up plus one cycle on a shared two-core machine; normally seconds.
        var deadline = DateTimeOffset.UtcNow.AddMinutes(3);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The daemon exited ({_process.ExitCode}) while waiting for {what}:\n{Output}");
            }

            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Timed out waiting for {what}:\n{Output}");
    }

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        Http.Dispose();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
