using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Advisor.Aws.Tests.Moto;

/// <summary>
/// One <c>python3 -m moto.server</c> process on a free loopback port: started, polled until it answers, killed (with its
/// whole process tree) on dispose. Its stderr (werkzeug's request log and any Python traceback) is kept for failure messages.
/// </summary>
public sealed class MotoServer : IAsyncDisposable
{
    /// <summary>Why: moto 5 imports every service backend on start; on a shared 2-core machine that can take 10+ s.</summary>
    public static readonly TimeSpan DefaultStartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Why: fast enough that a ready server is found within a fraction of a second, slow enough not to busy-spin.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly Process _process;
    private readonly BoundedLog _stderr;
    private readonly HttpClient _http;

    private MotoServer(Process process, BoundedLog stderr, Uri endpoint)
    {
        _process = process;
        _stderr = stderr;
        Endpoint = endpoint;

        // Why: every call is to loopback; a stuck moto must fail the test, not hang it.
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The last lines moto wrote to stderr.</summary>
    public string StandardError => _stderr.Text;

    /// <summary>
    /// Starts moto (with extra <paramref name="environment"/> variables, e.g. <c>INITIAL_NO_AUTH_ACTION_COUNT</c>) and waits until
    /// it answers HTTP. Fails (never skips) with a message saying what is missing when
    /// <paramref name="pythonExecutable"/> cannot be started, the module is not installed, or moto never answers.
    /// </summary>
    public static async Task<MotoServer> StartAsync(
        string pythonExecutable = "python3",
        string module = "moto.server",
        TimeSpan? startTimeout = null,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pythonExecutable);
        ArgumentException.ThrowIfNullOrWhiteSpace(module);
        var port = FreeLoopbackPort();
        var endpoint = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        var info = new ProcessStartInfo(pythonExecutable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", module, "-H", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var stderr = new BoundedLog();
        var process = new Process { StartInfo = info };
        process.ErrorDataReceived += (_, e) => stderr.Add(e.Data);
        process.OutputDataReceived += (_, e) => stderr.Add(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new InvalidOperationException(
                $"Cannot start the moto server: \"{pythonExecutable}\" could not be run ({ex.Message}). "
                + "These tests need python3 with moto 5 installed (pip install 'moto[server]').", ex);
        }

        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new MotoServer(process, stderr, endpoint);
        try
        {
            await server.WaitUntilReadyAsync(pythonExecutable, module, startTimeout ?? DefaultStartTimeout, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Forgets every resource and metric (moto's <c>POST /moto-api/reset</c>).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsync(new Uri(Endpoint, "moto-api/reset"), content: null, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"moto refused to reset: HTTP {(int)response.StatusCode}. moto stderr:\n{StandardError}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or TimeoutException)
        {
            // Why: the process may exit on its own between the check and the kill; nothing is left to clean up then.
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(string python, string module, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(CancellationToken.None);
                throw new InvalidOperationException(
                    $"The moto server (\"{python} -m {module}\") exited with code {_process.ExitCode} before answering. "
                    + "These tests need python3 with moto 5 installed (pip install 'moto[server]'). Its stderr:\n" + StandardError);
            }

            try
            {
                // Why: any HTTP answer (200 from the dashboard API, even 404) proves the server is listening.
                using var response = await _http.GetAsync(new Uri(Endpoint, "moto-api/"), deadline.Token);
                return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await Task.Delay(PollInterval, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        throw new InvalidOperationException(
            $"The moto server at {Endpoint} did not answer within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s. Its stderr:\n"
            + StandardError);
    }

    private static int FreeLoopbackPort()
    {
        // Why: port 0 makes the OS pick a free port; it is released just before moto binds it (a small, accepted race).
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
