using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace IocDashboard.Bench;

/// <summary>
/// N raw WebSocket clients speak the SignalR JSON protocol to /hubs/wall on one instance; each change is a
/// NOTIFY committed to the warehouse, and every client times it until its panelsChanged arrives. Reports the
/// broadcast latency over all clients and changes, the server's recomputation time, and its working set. The
/// server is warmed up first with changes enough for its JIT to reach the optimizing tier (a method is
/// recompiled after 30 calls), as a wall running for hours is; only the changes after them are measured.
/// </summary>
internal static class WallFanout
{
    private const int WarmUpChanges = 40;

    public static async Task<int> RunAsync(string baseUrl, string connectionString, int clients, int changes, int serverPid)
    {
        var sockets = new List<ClientWebSocket>();
        var connect = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        for (var i = 0; i < clients; i++)
        {
            sockets.Add(await ConnectAsync(http, baseUrl));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall-fanout: {clients} connections open in {connect.Elapsed.TotalSeconds:F1} s"));
        var received = new System.Collections.Concurrent.ConcurrentBag<(long Sequence, long At, bool Dossiers)>();
        var computeMs = new System.Collections.Concurrent.ConcurrentDictionary<long, double>();
        using var stop = new CancellationTokenSource();
        var readers = sockets.Select(s => Task.Run(() => ReadAsync(s, received, computeMs, stop.Token))).ToList();

        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        async Task<long> NotifyAsync(int afterMilliseconds)
        {
            await Task.Delay(afterMilliseconds);
            await using var notify = new NpgsqlCommand("""select pg_notify('ioc_changes', '{"source":"bench","kind":"dossiers"}')""", db);
            var at = Stopwatch.GetTimestamp();
            await notify.ExecuteNonQueryAsync();
            return at;
        }

        for (var c = 0; c < WarmUpChanges; c++)
        {
            await NotifyAsync(600); // just past the push interval (500 ms), so each is a push of its own
        }

        await Task.Delay(1500);
        var baseline = received.IsEmpty ? 0 : received.Max(r => r.Sequence);
        var sent = new Dictionary<int, long>();
        for (var c = 0; c < changes; c++)
        {
            sent[c] = await NotifyAsync(1500);
        }

        await Task.Delay(3000);
        var rss = File.ReadAllLines($"/proc/{serverPid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        await stop.CancelAsync();
        // The measured changes' pushes in order (the minutely freshness push carries no dossier panel).
        var measured = received.Where(r => r.Sequence > baseline && r.Dossiers).GroupBy(r => r.Sequence).OrderBy(g => g.Key).ToList();
        var latencies = new List<double>();
        foreach (var (group, change) in measured.Select((g, i) => (g, i)))
        {
            if (sent.TryGetValue(change, out var at))
            {
                latencies.AddRange(group.Select(r => Stopwatch.GetElapsedTime(at, r.At).TotalMilliseconds));
            }
        }

        latencies.Sort();
        var compute = measured.Select(g => computeMs[g.Key]).Order().ToList();
        double P(List<double> xs, double p) => xs.Count == 0 ? double.NaN : xs[Math.Min(xs.Count - 1, (int)Math.Ceiling(p * xs.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wall-fanout: {changes} changes (after {WarmUpChanges} to warm up) × {clients} clients = {latencies.Count} deliveries; broadcast latency p50 {P(latencies, 0.5):F0} ms, p95 {P(latencies, 0.95):F0} ms; panel recomputation p50 {P(compute, 0.5):F0} ms, p95 {P(compute, 0.95):F0} ms; server {rss.Replace("VmRSS:", "working set", StringComparison.Ordinal).Trim()}"));
        foreach (var socket in sockets)
        {
            socket.Abort();
            socket.Dispose();
        }

        return 0;
    }

    private static async Task<ClientWebSocket> ConnectAsync(HttpClient http, string baseUrl)
    {
        using var negotiate = await http.PostAsync(new Uri("/hubs/wall/negotiate?negotiateVersion=1&screen=main", UriKind.Relative), null);
        var token = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync()).RootElement.GetProperty("connectionToken").GetString();
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(baseUrl.Replace("http", "ws", StringComparison.Ordinal).TrimEnd('/') + $"/hubs/wall?screen=main&id={token}"), CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, CancellationToken.None);
        return socket;
    }

    private static async Task ReadAsync(ClientWebSocket socket, System.Collections.Concurrent.ConcurrentBag<(long, long, bool)> received,
        System.Collections.Concurrent.ConcurrentDictionary<long, double> computeMs, CancellationToken ct)
    {
        var buffer = new byte[1 << 16];
        var pending = new StringBuilder();
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var at = Stopwatch.GetTimestamp();
                foreach (var record in pending.ToString().Split('\u001e', StringSplitOptions.RemoveEmptyEntries))
                {
                    using var json = JsonDocument.Parse(record);
                    if (json.RootElement.TryGetProperty("target", out var target) && string.Equals(target.GetString(), "panelsChanged", StringComparison.OrdinalIgnoreCase))
                    {
                        var update = json.RootElement.GetProperty("arguments")[0];
                        var sequence = update.GetProperty("sequence").GetInt64();
                        received.Add((sequence, at, update.GetProperty("panels").TryGetProperty("dossiers", out _)));
                        computeMs[sequence] = update.GetProperty("computeMilliseconds").GetDouble();
                    }
                }

                pending.Clear();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }
    }
}
