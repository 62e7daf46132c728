using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using IocDashboard.Web.Features.Wall;
using Npgsql;

namespace IocDashboard.Bench;

/// <summary>
/// N SignalR .NET clients on /hubs/wall on one instance (<see cref="WallScreens"/>); each change is a NOTIFY
/// committed to the warehouse, and every client times it until its panelsChanged has arrived (the client has
/// read and deserialized it). Reports the broadcast latency over all clients and changes, the server's
/// recomputation time, and its working set. The server is warmed up first with changes enough for its JIT to
/// reach the optimizing tier (a method is recompiled after 30 calls), as a wall running for hours is; only the
/// changes after them are measured.
/// </summary>
internal static class WallFanout
{
    private const int WarmUpChanges = 40;
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(string baseUrl, string connectionString, int clients, int changes, int serverPid)
    {
        var received = new ConcurrentBag<(long Sequence, long At, bool Dossiers)>();
        var computeMs = new ConcurrentDictionary<long, double>();
        void OnUpdate(WallUpdate update)
        {
            received.Add((update.Sequence, Stopwatch.GetTimestamp(), update.Panels.ContainsKey("dossiers")));
            computeMs[update.Sequence] = update.ComputeMilliseconds;
        }

        var connect = Stopwatch.StartNew();
        WallScreens screens;
        try
        {
            screens = await WallScreens.OpenAsync(baseUrl, clients, OnUpdate, ConnectTimeout);
        }
        catch (TimeoutException ex)
        {
            Console.WriteLine("wall-fanout: " + ex.Message);
            return 1;
        }

        await using var _ = screens;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall-fanout: {clients} connections open in {connect.Elapsed.TotalSeconds:F1} s"));

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
        var dropped = screens.Dropped;
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
        if (dropped > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall-fanout: {dropped} of {clients} connections ended before the run did"));
        }

        return 0;
    }
}
