using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Npgsql;

namespace IocDashboard.Bench;

/// <summary>The wall page in Debian's Chromium: change-to-screen latency, and a soak of its memory.</summary>
internal static class WallInChromium
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    /// <summary>
    /// 50 changes, each a committed warehouse write (a reform task reported completed, then the report withdrawn)
    /// followed by its NOTIFY; the time from the commit to the DOM showing the new overdue count.
    /// </summary>
    public static async Task<int> LatencyAsync(string baseUrl, string connectionString, int changes)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 }, ExtraHTTPHeaders = BenchCaller.BrowserHeaders });
        await page.GotoAsync($"{baseUrl.TrimEnd('/')}/wall?screen=main&kiosk=1&page=tasks");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=\"tasks-total\"]')?.textContent.trim() === '176'", null, new PageWaitForFunctionOptions { Timeout = 60_000 });

        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        var before = (await page.Locator("[data-testid=\"tasks-inProgressOverdue\"]").First.TextContentAsync())!.Trim();
        var code = (string)(await new NpgsqlCommand("""
            select t.code from core.reform_tasks t
            where t.deadline < '2024-10-31' and not exists (select 1 from core.reform_task_events e where e.task_id = t.id and e.occurred_on <= '2024-10-31')
            order by t.code limit 1
            """, db).ExecuteScalarAsync())!;
        var latencies = new List<double>();
        for (var i = 0; i < changes; i++)
        {
            var reported = i % 2 == 0;
            var sql = reported
                ? "insert into core.reform_task_events (task_id, kind, occurred_on) select id, 'completionReported', '2024-10-30' from core.reform_tasks where code = @code"
                : "delete from core.reform_task_events e using core.reform_tasks t where t.id = e.task_id and t.code = @code and e.occurred_on = '2024-10-30'";
            var expected = reported ? (int.Parse(before, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture) : before;
            await using var tx = await db.BeginTransactionAsync();
            await using (var write = new NpgsqlCommand(sql + """; select pg_notify('ioc_changes', '{"source":"bench","kind":"tasks"}')""", db, tx))
            {
                write.Parameters.AddWithValue("code", code);
                await write.ExecuteNonQueryAsync();
            }

            await tx.CommitAsync();
            var committed = Stopwatch.GetTimestamp();
            await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=\"tasks-inProgressOverdue\"]')?.textContent.trim() === '{expected}'",
                null, new PageWaitForFunctionOptions { Timeout = 10_000, PollingInterval = 5 });
            latencies.Add(Stopwatch.GetElapsedTime(committed).TotalMilliseconds);
            await Task.Delay(300);
        }

        latencies.Sort();
        double P(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wall-latency: {changes} changes, commit → DOM p50 {P(0.5):F0} ms, p95 {P(0.95):F0} ms, max {latencies[^1]:F0} ms"));
        return 0;
    }

    /// <summary>
    /// How long the wall runs before the soak's first sample. One pass of the playlist (4 pages × 30 s) is not
    /// enough: in a probe run at the soak's settings the heap after a forced GC rose 11.7 → 12.7 MB over the
    /// first 10 minutes, then stayed within 12.4–12.9 MB for the next 20. Heap snapshots put the rise in V8's
    /// optimised code for the hot ECharts render paths (machine code and its deopt data), while the page's own
    /// objects, arrays, closures and strings stayed the same to within 0.1%: warming up, not a leak.
    /// </summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The wall left running on live data for MINUTES after the warm-up: the JS heap and the server's working
    /// set every minute, start against end with the range of every sample, and the console errors seen.
    /// </summary>
    public static async Task<int> SoakAsync(string baseUrl, int minutes, int serverPid)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 }, ExtraHTTPHeaders = BenchCaller.BrowserHeaders });
        var errors = 0;
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors++;
                Console.WriteLine("console error: " + m.Text);
            }
        };
        // An uncaught exception reaches the console as an error too, but Playwright reports it apart.
        page.PageError += (_, e) =>
        {
            errors++;
            Console.WriteLine("page error: " + e);
        };
        await page.GotoAsync($"{baseUrl.TrimEnd('/')}/wall?screen=main&kiosk=1");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=\"tasks-total\"]')?.textContent.trim() === '176'", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        var cdp = await page.Context.NewCDPSessionAsync(page);

        // performance.memory is no use here: without --enable-precise-memory-info Chromium rounds it to coarse
        // buckets and refreshes it rarely (Chromium 156 kept showing 9.54 MB while the heap grew 5 → 35 MB).
        // Runtime.getHeapUsage is exact. Each read follows a forced GC; a sample is the lowest of three reads a
        // second apart, because a read that lands inside one of the 600 ms chart update animations (about one
        // push a second) also counts the frames in flight, up to 1.5 MB more than what the page retains.
        async Task<double[]> HeapReadsMbAsync()
        {
            var reads = new double[3];
            for (var i = 0; i < reads.Length; i++)
            {
                if (i > 0)
                {
                    await Task.Delay(1000);
                }

                await cdp.SendAsync("HeapProfiler.collectGarbage");
                var usage = await cdp.SendAsync("Runtime.getHeapUsage");
                reads[i] = usage!.Value.GetProperty("usedSize").GetDouble() / 1048576;
            }

            return reads;
        }

        async Task<(double HeapMb, double ServerMb, string Sequence, string Reads)> SampleAsync()
        {
            var reads = await HeapReadsMbAsync();
            var rss = double.Parse(File.ReadAllLines($"/proc/{serverPid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            // Through CDP, not a Playwright locator: the first locator call injects Playwright's 330 KB script into
            // a second world of the page, which would land in the heap between the first sample and the rest.
            var text = await cdp.SendAsync("Runtime.evaluate", new Dictionary<string, object>
            {
                ["expression"] = "document.getElementById('last-sequence').textContent.trim()",
                ["returnByValue"] = true,
            });
            var sequence = text!.Value.GetProperty("result").GetProperty("value").GetString() ?? "?";
            return (reads.Min(), rss, sequence, string.Join(" ", reads.Select(r => r.ToString("F2", CultureInfo.InvariantCulture))));
        }

        static string Change(double from, double to) => string.Create(CultureInfo.InvariantCulture, $"{(to / from - 1) * 100:+0.0;-0.0}%");

        // The warm-up is sampled the same way and printed, so its curve can be seen and the baseline is taken
        // in the same conditions as every later sample (a minute after the last forced GC); it is left out of
        // the figures.
        var warmUpMinutes = (int)WarmUp.TotalMinutes;
        var samples = new List<(double HeapMb, double ServerMb, string Sequence, string Reads)>();
        var clock = Stopwatch.StartNew();
        for (var m = 1 - warmUpMinutes; m <= minutes; m++)
        {
            // Sampling takes a few seconds; keep to the minute marks so the last sample is at MINUTES.
            var wait = TimeSpan.FromMinutes(m + warmUpMinutes) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var now = await SampleAsync();
            if (m < 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wall-soak: warm-up {m} min heap {now.HeapMb:F2} MB (reads {now.Reads}), server {now.ServerMb:F0} MB, sequence {now.Sequence}"));
                continue;
            }

            samples.Add(now);
            var start = samples[0];
            Console.WriteLine(m == 0
                ? string.Create(CultureInfo.InvariantCulture, $"wall-soak: +0 min (after {warmUpMinutes} min warm-up) heap {now.HeapMb:F2} MB (reads {now.Reads}), server {now.ServerMb:F0} MB, sequence {now.Sequence}")
                : string.Create(CultureInfo.InvariantCulture,
                    $"wall-soak: +{m} min heap {now.HeapMb:F2} MB ({Change(start.HeapMb, now.HeapMb)}; reads {now.Reads}), server {now.ServerMb:F0} MB ({Change(start.ServerMb, now.ServerMb)}), sequence {now.Sequence}"));
        }

        var (first, end) = (samples[0], samples[^1]);
        var (heapMin, heapMax) = (samples.Min(s => s.HeapMb), samples.Max(s => s.HeapMb));
        var (serverMin, serverMax) = (samples.Min(s => s.ServerMb), samples.Max(s => s.ServerMb));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wall-soak: {minutes} min after a {warmUpMinutes} min warm-up — JS heap {first.HeapMb:F2} → {end.HeapMb:F2} MB ({Change(first.HeapMb, end.HeapMb)}; samples {heapMin:F2}–{heapMax:F2} MB, {Change(first.HeapMb, heapMin)} to {Change(first.HeapMb, heapMax)}), "
            + $"server {first.ServerMb:F0} → {end.ServerMb:F0} MB ({Change(first.ServerMb, end.ServerMb)}; samples {serverMin:F0}–{serverMax:F0} MB, {Change(first.ServerMb, serverMin)} to {Change(first.ServerMb, serverMax)}), sequence {first.Sequence} → {end.Sequence}, console errors {errors}"));
        return 0;
    }
}
