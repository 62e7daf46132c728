using System.Diagnostics;
using System.Globalization;

namespace IocDashboard.Bench;

/// <summary>
/// The province's quarterly report through the HTTP API of an app that has just started (no report made yet): its
/// print view (the app's first report), then the first PDF (Chromium launched for it), then warm PDFs and workbooks
/// one after another, then five different reports asked for at once while the server's memory (the app, and the
/// Chromium it launched) is sampled every 50 ms.
/// </summary>
internal static class ReportSpeed
{
    private const int WarmCalls = 10;
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(50);

    /// <summary>Five reports of different periods and kinds, asked for together as an operator and the schedule might.</summary>
    private static readonly string[] AtOnce =
    [
        "/api/reports/2026-Q3.pdf",
        "/api/reports/2026-9M.pdf",
        "/api/reports/2026-H1.pdf",
        "/api/reports/2025.pdf",
        "/api/reports/2026-Q3.xlsx",
    ];

    public static async Task<int> RunAsync(string baseUrl, string period, int serverPid)
    {
        using var http = BenchCaller.Http(baseUrl, TimeSpan.FromMinutes(5));
        var pdf = $"/api/reports/{period}.pdf";
        var xlsx = $"/api/reports/{period}.xlsx";

        // The app's first report (its reads and code paths run for the first time), then the first PDF: Chromium is
        // not running yet, so it is launched for it (the cold figure).
        var firstPrintView = await TimeAsync(http, $"/reports/{period}/print");
        var cold = await TimeAsync(http, pdf);
        var warmPdf = new List<double>();
        for (var i = 0; i < WarmCalls; i++)
        {
            warmPdf.Add(await TimeAsync(http, pdf));
        }

        var firstXlsx = await TimeAsync(http, xlsx);
        var warmXlsx = new List<double>();
        for (var i = 0; i < WarmCalls; i++)
        {
            warmXlsx.Add(await TimeAsync(http, xlsx));
        }

        var (together, serverPeak, chromiumPeak) = await AtOnceAsync(http, serverPid);
        var hwm = StatusKilobytes(serverPid, "VmHWM:") / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"report-speed {period}: the app's first report (its print view) {firstPrintView:F0} ms; then PDF cold (Chromium launched for it) {cold:F0} ms; PDF warm {Timings.Summary(warmPdf)}; "
            + $"XLSX first {firstXlsx:F0} ms, warm {Timings.Summary(warmXlsx)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"report-speed five at once ({string.Join(", ", AtOnce.Select(Path.GetFileName))}): all done in {together:F0} ms; "
            + $"server peak RSS sampled {serverPeak:F0} MiB (VmHWM since start {hwm:F0} MiB), the processes it started (Playwright's driver, Chromium) together {chromiumPeak:F0} MiB proportional set size"));
        return 0;
    }

    private static async Task<double> TimeAsync(HttpClient http, string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode || bytes.Length == 0)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<(double Milliseconds, double ServerPeakMiB, double ChromiumPeakMiB)> AtOnceAsync(HttpClient http, int serverPid)
    {
        using var stop = new CancellationTokenSource();
        double serverPeak = 0, chromiumPeak = 0;
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                serverPeak = Math.Max(serverPeak, StatusKilobytes(serverPid, "VmRSS:") / 1024.0);
                chromiumPeak = Math.Max(chromiumPeak, Descendants(serverPid).Sum(ProportionalKilobytes) / 1024.0);
                await Task.Delay(SampleEvery);
            }
        });
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(AtOnce.Select(path => TimeAsync(http, path)));
        var elapsed = watch.Elapsed.TotalMilliseconds;
        await stop.CancelAsync();
        await sampler;
        return (elapsed, serverPeak, chromiumPeak);
    }

    /// <summary>A field of /proc/PID/status in kB, 0 when the process has gone.</summary>
    private static long StatusKilobytes(int pid, string field) => ProcKilobytes($"/proc/{pid}/status", field);

    /// <summary>
    /// A process's proportional set size (its private pages, and its share of the pages it shares) in kB, 0 when it
    /// has gone: Chromium's processes share most of their pages, so the sum of their RSS would count those many times.
    /// </summary>
    private static long ProportionalKilobytes(int pid) => ProcKilobytes($"/proc/{pid}/smaps_rollup", "Pss:");

    /// <summary>The "Field:   1234 kB" line of a /proc file as kB; 0 when the process has gone or the line is missing.</summary>
    private static long ProcKilobytes(string file, string field)
    {
        try
        {
            var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Every process under <paramref name="pid"/> (Playwright's driver and Chromium's processes), by their parent links.</summary>
    private static List<int> Descendants(int pid)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var child) && Parent(child) is { } parent)
            {
                parents[child] = parent;
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([pid]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var (child, parent) in parents)
            {
                if (parent == current)
                {
                    found.Add(child);
                    frontier.Enqueue(child);
                }
            }
        }

        return found;
    }

    private static int? Parent(int pid)
    {
        try
        {
            // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after its closing parenthesis.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
