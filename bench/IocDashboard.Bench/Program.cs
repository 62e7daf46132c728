using System.Diagnostics;
using System.Globalization;

// Benchmarks run by bench/run.sh against throwaway databases and processes. Each prints its figures on one line.
//   api-latency BASE_URL PATH [CALLS]       sequential GETs after a warm-up: p50, p95, max in ms
//   copy-vs-ef COPY_DB PAGED_DB EF_DB [ROWS] the connectors' COPY + merge against EF Core AddRange + SaveChanges
//   incremental-sync APPSETTINGS_JSON DB TARGET_CHANGES   the one-stop-shops' sync of about TARGET_CHANGES live changes, in a warm process
//   wall-fanout BASE_URL DB CLIENTS CHANGES SERVER_PID   SignalR .NET clients on /hubs/wall: broadcast latency, recompute, memory
//   wall-latency BASE_URL DB [CHANGES]      commit → DOM in Chromium
//   wall-soak BASE_URL MINUTES SERVER_PID   the wall in Chromium on live data: JS heap and server memory every minute after a warm-up
//   wall-screenshots BASE_URL OUT_DIR       every page of a running wall in Chromium at 1920×1080, one PNG each
//   meeting-page BASE_URL COMMUNE [RUNS]     the meeting page in Chromium: navigation to figures shown, per address
//   report-speed BASE_URL PERIOD SERVER_PID the province's report: PDF cold and warm, XLSX, five at once with the server's memory
//   chart-render DB [CHART] [RENDERS]       one chart drawn at 1920×1080 (default dossier-trend, 100 renders after a warm-up): p50, p95 in ms, PNG and SVG
return args switch
{
    ["api-latency", var baseUrl, var path, ..] => await ApiLatencyAsync(baseUrl, path, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100),
    ["copy-vs-ef", var copyDb, var pagedDb, var efDb, ..] => await IocDashboard.Bench.CopyVersusEf.RunAsync(copyDb, pagedDb, efDb, args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 100_000),
    ["incremental-sync", var appSettings, var db, var target] => await IocDashboard.Bench.IncrementalSync.RunAsync(appSettings, db, int.Parse(target, CultureInfo.InvariantCulture)),
    ["wall-fanout", var url, var db, var clients, var changes, var pid] => await IocDashboard.Bench.WallFanout.RunAsync(url, db, int.Parse(clients, CultureInfo.InvariantCulture), int.Parse(changes, CultureInfo.InvariantCulture), int.Parse(pid, CultureInfo.InvariantCulture)),
    ["wall-latency", var url, var db, ..] => await IocDashboard.Bench.WallInChromium.LatencyAsync(url, db, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50),
    ["wall-soak", var url, var minutes, var pid] => await IocDashboard.Bench.WallInChromium.SoakAsync(url, int.Parse(minutes, CultureInfo.InvariantCulture), int.Parse(pid, CultureInfo.InvariantCulture)),
    ["wall-screenshots", var url, var output] => await IocDashboard.Bench.WallScreenshots.RunAsync(url, output),
    ["meeting-page", var url, var commune] => await IocDashboard.Bench.MeetingPage.RunAsync(url, commune, 20),
    ["meeting-page", var url, var commune, var runs] => await IocDashboard.Bench.MeetingPage.RunAsync(url, commune, int.Parse(runs, CultureInfo.InvariantCulture)),
    ["report-speed", var url, var period, var pid] => await IocDashboard.Bench.ReportSpeed.RunAsync(url, period, int.Parse(pid, CultureInfo.InvariantCulture)),
    ["chart-render", var db, ..] => await IocDashboard.Bench.ChartRender.RunAsync(db, args.Length > 2 ? args[2] : "dossier-trend", args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: IocDashboard.Bench api-latency BASE_URL PATH [CALLS] | copy-vs-ef COPY_DB PAGED_DB EF_DB [ROWS] | incremental-sync APPSETTINGS_JSON DB TARGET_CHANGES | wall-fanout BASE_URL DB CLIENTS CHANGES PID | wall-latency BASE_URL DB [CHANGES] | wall-soak BASE_URL MINUTES PID | wall-screenshots BASE_URL OUT_DIR | meeting-page BASE_URL COMMUNE [RUNS] | report-speed BASE_URL PERIOD PID | chart-render DB [CHART] [RENDERS]");
    return 2;
}

static async Task<int> ApiLatencyAsync(string baseUrl, string path, int calls)
{
    using var http = IocDashboard.Bench.BenchCaller.Http(baseUrl);
    var url = new Uri(path, UriKind.Relative);
    for (var i = 0; i < 5; i++)
    {
        (await http.GetAsync(url)).EnsureSuccessStatusCode();
    }

    var times = new List<double>(calls);
    for (var i = 0; i < calls; i++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"api-latency {path}: {calls} calls, {IocDashboard.Bench.Timings.Summary(times)}");
    return 0;
}
