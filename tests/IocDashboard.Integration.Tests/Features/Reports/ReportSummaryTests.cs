using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using IocDashboard.Domain.Tasks;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Reports.Summary.Html;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace IocDashboard.Integration.Tests.Features.Reports;

/// <summary>
/// The report's summary on the history to 30 November 2026: its figures are the API's for the same period and unit
/// (the workload of the quarter, of the quarter before and of the same quarter a year before, across the merger with
/// its note; the reform tasks at both period ends; the indicators at the end), an agency's report holds the tasks it
/// leads and a commune's the notes, and the PDF prints the summary portrait with its charts as vectors.
/// </summary>
[Collection(PresentWarehouseGroup.Name)]
public sealed class ReportSummaryTests(PresentWarehouse warehouse, ITestOutputHelper output) : PresentReportApp(warehouse)
{
    // The print view's writer encodes texts this way (a "+" becomes &#x2B;).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly string[] StatusNames = ["inProgressOnTime", "inProgressOverdue", "completedOnTime", "completedLate", "completedAwaitingConfirmation"];

    [Fact]
    public async Task The_workload_comparison_is_the_workload_APIs_for_the_quarter_the_quarter_before_and_the_year_before()
    {
        var html = await PrintViewAsync("/reports/2026-Q3/print");
        var now = (await Client.GetOkAsync("/api/dossiers/workload?from=2026-06-15&to=2026-09-14&unit=TNH")).GetProperty("total");
        var previous = (await Client.GetOkAsync("/api/dossiers/workload?from=2026-03-15&to=2026-06-14&unit=TNH")).GetProperty("total");
        var yearBefore = await Client.GetOkAsync("/api/dossiers/workload?from=2025-06-15&to=2025-09-14&unit=TNH");

        foreach (var column in Columns)
        {
            var cells = $"<td class=\"count\">{Count(now, column)}</td><td class=\"count\">{Count(previous, column)}</td><td class=\"count change\">";
            Assert.Contains(cells, html, StringComparison.Ordinal);
            Assert.Contains($"<td class=\"count\">{Count(yearBefore.GetProperty("total"), column)}</td><td class=\"count change\">—</td>", html, StringComparison.Ordinal);
        }

        Assert.Contains($"<td class=\"count\">{now.Text("onTimeRateText")}</td><td class=\"count\">{previous.Text("onTimeRateText")}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"count\">{now.Text("onlineRateText")}</td><td class=\"count\">{previous.Text("onlineRateText")}</td>", html, StringComparison.Ordinal);

        // The same quarter a year before straddles the merger: the API and the report name the same day.
        Assert.Equal("phạm vi thay đổi từ 01/7/2025", yearBefore.Text("scopeChangedText"));
        Assert.Contains("Cùng kỳ năm trước (Quý III năm 2025): phạm vi thay đổi từ 01/7/2025:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tasks_are_the_task_APIs_at_both_period_ends_and_the_indicators_the_indicator_APIs()
    {
        var html = await PrintViewAsync("/reports/2026-Q3/print");
        var end = await Client.GetOkAsync("/api/tasks/summary?asOf=2026-09-14");
        var before = await Client.GetOkAsync("/api/tasks/summary?asOf=2026-06-14");
        Assert.Equal(176, end.Long("total"));
        foreach (var (status, name) in Enum.GetValues<ReformTaskStatus>().Zip(StatusNames))
        {
            Assert.Equal(ReformTaskStatusRule.ApiName(status), name);
            Assert.Contains($"<td class=\"name\">{ReformTaskStatusRule.Label(status)}</td><td class=\"count\">{before.Long(name)}</td><td class=\"count\">{end.Long(name)}</td>",
                html, StringComparison.Ordinal);
        }

        var atEnd = (await Client.GetOkAsync("/api/tasks?asOf=2026-09-14")).GetProperty("items").EnumerateArray().ToDictionary(t => t.Text("code"), t => t.Text("status"));
        var atStart = (await Client.GetOkAsync("/api/tasks?asOf=2026-06-14")).GetProperty("items").EnumerateArray().ToDictionary(t => t.Text("code"), t => t.Text("status"));
        var changed = atEnd.Count(t => atStart[t.Key] != t.Value);
        Assert.Contains($"3. Nhiệm vụ thay đổi tình trạng trong kỳ ({changed})", html, StringComparison.Ordinal);
        Assert.Contains($"4. Nhiệm vụ quá hạn theo cơ quan chủ trì đến ngày 14/9/2026 ({end.Long("inProgressOverdue")})", html, StringComparison.Ordinal);

        var indicators = await Client.GetOkAsync("/api/indicators?asOf=2026-09-14");
        Assert.Equal(2026, indicators.GetProperty("year").GetInt32());
        Assert.Contains(Encoder.Encode(indicators.Text("achievedText")), html, StringComparison.Ordinal);
        foreach (var item in indicators.GetProperty("items").EnumerateArray())
        {
            Assert.Contains(
                $"<td class=\"code\">{item.Text("code")}</td><td class=\"name\">{Encoder.Encode(item.Text("name"))}</td>"
                + $"<td class=\"count\">{item.Text("targetText")}</td><td class=\"count\">{item.Text("actualText")}</td>",
                html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_agency_reports_the_tasks_it_leads_and_a_new_commune_says_it_did_not_exist_before_the_merger()
    {
        var agency = await PrintViewAsync("/reports/2026-Q3/print?unit=SNV");
        var led = await Client.GetOkAsync("/api/tasks?asOf=2026-09-14&agency=SNV");
        Assert.Contains("Các nhiệm vụ cải cách hành chính do Sở Nội vụ chủ trì.", agency, StringComparison.Ordinal);
        Assert.Contains($"<tr class=\"total\"><td class=\"name\">Tổng số</td><td class=\"count\">{led.Long("count")}</td>", agency, StringComparison.Ordinal);
        Assert.Contains("Chỉ tiêu chuyển đổi số là chỉ tiêu của kế hoạch năm của tỉnh", agency, StringComparison.Ordinal);

        // A year's previous period is the year before: compared once.
        var year = await PrintViewAsync("/reports/2025/print?unit=SNV");
        Assert.DoesNotContain("<th>Kỳ trước<br>", year, StringComparison.Ordinal);
        Assert.Contains("<th>Cùng kỳ năm trước<br><span class=\"days\">15/12/2023 – 14/12/2024</span></th>", year, StringComparison.Ordinal);

        // Xã Hưng Điền began on 1 July 2025: the quarter before (15/3 – 14/6/2025) has no figures of it.
        var commune = await PrintViewAsync("/reports/2025-Q3/print?unit=27727");
        Assert.Contains("Kỳ trước (Quý II năm 2025): Đơn vị chưa thành lập hoặc đã giải thể trong Quý II năm 2025.", commune, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ cải cách hành chính do các sở, ban, ngành chủ trì và được theo dõi, báo cáo ở cấp tỉnh", commune, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-dossier-trend\"", commune, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"chart-task-status\"", commune, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_PDF_prints_the_summary_portrait_with_vector_charts_then_the_annex_landscape()
    {
        // The timings the report is held to, for the log: the app warmed up by a print view (the reads and the HTML),
        // then the PDF with the browser not yet launched, then with it running.
        await PrintViewAsync("/reports/2026-Q3/print");
        var watch = Stopwatch.StartNew();
        await PrintViewAsync("/reports/2026-Q3/print");
        var view = watch.Elapsed;
        watch.Restart();
        var bytes = await PdfAsync("/api/reports/2026-Q3.pdf");
        var cold = watch.Elapsed;
        var warm = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            watch.Restart();
            bytes = await PdfAsync("/api/reports/2026-Q3.pdf");
            warm.Add(watch.Elapsed.TotalMilliseconds);
        }

        output.WriteLine($"PDF of 2026-Q3 for the province: {bytes.Length / 1024} KiB, cold browser {cold.TotalMilliseconds:0} ms, "
            + $"warm {string.Join(" / ", warm.Select(ms => ms.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} ms; "
            + $"its print view (the reads and the HTML) {view.TotalMilliseconds:0} ms");
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().ToList();
        var texts = pages.Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        var portrait = pages.TakeWhile(p => p.Width < p.Height).Count();
        Assert.True(portrait >= 2, $"{portrait} portrait pages: the summary runs over several pages");
        Assert.All(pages.Skip(portrait), p => Assert.True(p.Width > p.Height, $"page {p.Number} is not landscape"));
        Assert.True(pages.Count - portrait >= 3, "the annex's two tables, the province's by unit on several pages");
        Assert.Contains("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN", texts[portrait], StringComparison.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Trang {i + 1}/{pages.Count}", texts[i], StringComparison.Ordinal);
        }

        var summary = string.Join("\n", texts.Take(portrait));
        foreach (var heading in ReportPrintView.PartHeadings.Prepend(ReportPrintView.Title))
        {
            Assert.Contains(heading, summary, StringComparison.Ordinal);
        }

        // The charts are vectors: no page carries an image, and the donut's legend is text with its diacritics.
        Assert.All(pages, p => Assert.Empty(p.GetImages()));
        var end = await Client.GetOkAsync("/api/tasks/summary?asOf=2026-09-14");
        Assert.Contains($"Hoàn thành đúng hạn: {end.Long("completedOnTime")}", summary, StringComparison.Ordinal);
        Assert.Contains("Biểu đồ 4. Chỉ tiêu chuyển đổi số", summary, StringComparison.Ordinal);
        var legend = pages.Take(portrait).SelectMany(p => p.Letters).Where(l => l.Value is "ồ" or "ạ" or "ệ").ToList();
        Assert.NotEmpty(legend);
        Assert.All(legend, l => Assert.Contains("BeVietnamPro", l.FontName, StringComparison.Ordinal));
    }

    private async Task<string> PrintViewAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {html}");
        return html;
    }

    private async Task<byte[]> PdfAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        return bytes;
    }

    private static string Count(JsonElement total, string column) => IocDashboard.Reports.Forms.Html.VietnameseNumbers.Count(total.Long(column));
}
