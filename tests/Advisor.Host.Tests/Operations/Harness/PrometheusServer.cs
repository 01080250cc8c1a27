using System.Globalization;
using System.Text.Json;

namespace Advisor.Host.Tests.Operations.Harness;

/// <summary>A real Prometheus (<c>/usr/bin/prometheus</c>) on 127.0.0.1 scraping one target every second, with its HTTP query API.</summary>
internal sealed class PrometheusServer : IDisposable
{
    public const string Binary = "/usr/bin/prometheus";
    private readonly ChildProcess _process;
    private readonly HttpClient _http;

    private PrometheusServer(ChildProcess process, int port)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public ChildProcess Process => _process;

    public static async Task<PrometheusServer> StartAsync(string directory, string scrapeTarget, CancellationToken cancellationToken)
    {
        var config = Path.Combine(directory, "prometheus.yml");

        // Why: a 1 s scrape gives rate()/increase() windows of a minute enough samples within seconds of the first cycle.
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: advisor
                scrape_interval: 1s
                scrape_timeout: 1s
                metrics_path: /metrics
                static_configs:
                  - targets: ['{scrapeTarget}']
            """, cancellationToken);
        var port = FreePort.Next();
        var process = ChildProcess.Start("prometheus", Binary,
            [$"--config.file={config}", $"--storage.tsdb.path={Path.Combine(directory, "tsdb")}", $"--web.listen-address=127.0.0.1:{port}"],
            directory);
        var server = new PrometheusServer(process, port);
        await server.WaitReadyAsync(cancellationToken);
        return server;
    }

    /// <summary>An instant query; the samples as (labels, value). Throws with Prometheus's error text on a bad expression.</summary>
    public async Task<IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, double Value)>> QueryAsync(string expression, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync("api/v1/query?query=" + Uri.EscapeDataString(expression), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Prometheus rejected '{expression}': {body}");
        }

        using var doc = JsonDocument.Parse(body);
        var data = doc.RootElement.GetProperty("data");
        var result = data.GetProperty("result");
        if (data.GetProperty("resultType").GetString() == "scalar")
        {
            return [(new Dictionary<string, string>(), ParseValue(result[1]))];
        }

        return [.. result.EnumerateArray().Select(s => (
            (IReadOnlyDictionary<string, string>)s.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? ""),
            ParseValue(s.GetProperty("value")[1])))];
    }

    /// <summary>The values Grafana's <c>label_values(metric, label)</c> would offer.</summary>
    public async Task<IReadOnlyList<string>> LabelValuesAsync(string metric, string label, CancellationToken cancellationToken)
    {
        var body = await _http.GetStringAsync($"api/v1/label/{label}/values?match[]={Uri.EscapeDataString(metric)}", cancellationToken);
        using var doc = JsonDocument.Parse(body);
        return [.. doc.RootElement.GetProperty("data").EnumerateArray().Select(v => v.GetString() ?? "")];
    }

    public void Dispose()
    {
        _http.Dispose();
        _process.Dispose();
    }

    // Why: Prometheus writes infinities as "+Inf"/"-Inf", which .NET's invariant culture does not parse.
    private static double ParseValue(JsonElement value) => value.GetString() switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        var text => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException("Prometheus exited during start.\n" + _process.Tail());
            }

            try
            {
                using var response = await _http.GetAsync("-/ready", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            // Why: start-up takes a second or two; polling faster only burns the shared cores.
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }
}
