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
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
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
    /// The wall left running on live data for MINUTES: JS heap (after a forced GC) and the server's working set
    /// at the start and the end, and the console errors seen.
    /// </summary>
    public static async Task<int> SoakAsync(string baseUrl, int minutes, int serverPid)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var errors = 0;
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors++;
                Console.WriteLine("console error: " + m.Text);
            }
        };
        await page.GotoAsync($"{baseUrl.TrimEnd('/')}/wall?screen=main&kiosk=1");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=\"tasks-total\"]')?.textContent.trim() === '176'", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        var cdp = await page.Context.NewCDPSessionAsync(page);

        async Task<(double HeapMb, double ServerMb, string Sequence)> SampleAsync()
        {
            await cdp.SendAsync("HeapProfiler.collectGarbage");
            var heap = await page.EvaluateAsync<double>("() => performance.memory.usedJSHeapSize") / 1048576;
            var rss = double.Parse(File.ReadAllLines($"/proc/{serverPid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            var sequence = (await page.Locator("[data-testid=\"last-sequence\"]").First.TextContentAsync())?.Trim() ?? "?";
            return (heap, rss, sequence);
        }

        await Task.Delay(TimeSpan.FromMinutes(2)); // past start-up allocations
        var start = await SampleAsync();
        for (var m = 0; m < minutes; m += 5)
        {
            await Task.Delay(TimeSpan.FromMinutes(Math.Min(5, minutes - m)));
            var now = await SampleAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall-soak: +{Math.Min(m + 5, minutes)} min heap {now.HeapMb:F1} MB, server {now.ServerMb:F0} MB, sequence {now.Sequence}"));
        }

        var end = await SampleAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wall-soak: {minutes} min — JS heap {start.HeapMb:F1} → {end.HeapMb:F1} MB ({(end.HeapMb / start.HeapMb - 1) * 100:+0.0;-0.0}%), server {start.ServerMb:F0} → {end.ServerMb:F0} MB ({(end.ServerMb / start.ServerMb - 1) * 100:+0.0;-0.0}%), sequence {start.Sequence} → {end.Sequence}, console errors {errors}"));
        return 0;
    }
}
