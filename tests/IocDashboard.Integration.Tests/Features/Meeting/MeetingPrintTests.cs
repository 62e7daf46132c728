using System.Net;
using System.Text.Json;
using IocDashboard.Domain.Formatting;
using IocDashboard.Integration.Tests.Features.Reports;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Web.Features.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace IocDashboard.Integration.Tests.Features.Meeting;

/// <summary>
/// GET /meeting/print and GET /api/meeting.pdf on the history to 30 November 2026 (14:00 in Vietnam, the app's clock):
/// the printed view carries what the meeting page's APIs answer for the same state, read here through those APIs;
/// the PDF, printed by Debian's Chromium and read back with PdfPig, carries the unit and its on-time rate.
/// </summary>
[Collection(PresentWarehouseGroup.Name)]
public sealed class MeetingPrintTests(PresentWarehouse warehouse) : PresentReportApp(warehouse)
{
    private static readonly string[] Counts = ["received", "resolved", "late", "overdue"];
    private static readonly string[] Rates = ["onTimeRate", "onlineRate"];

    [Theory]
    [InlineData("period=2026-Q3&unit=TNH", "TNH", "unit")]
    [InlineData("period=2026-Q3&unit=27727", "27727", "unit")] // a commune formed by the merger of 1 July 2025
    [InlineData("period=2026-11&view=fields", "TNH", "field")]
    public async Task The_print_view_carries_the_figures_of_the_meeting_APIs(string query, string unit, string by)
    {
        var html = await PrintViewAsync("/meeting/print?" + query);
        var period = await Client.GetOkAsync("/api/meeting/period?" + query);
        var (from, to) = (period.Text("from"), period.Text("to"));

        // The heading: the meeting, the unit, the period's label, when the figures were read.
        var workload = await Client.GetOkAsync($"/api/dossiers/workload?from={from}&to={to}&unit={unit}&by={by}&compare=previous,lastYear");
        Assert.Contains("Giao ban cải cách hành chính – chuyển đổi số", html, StringComparison.Ordinal);
        Assert.Contains(workload.Text("unitName"), html, StringComparison.Ordinal);
        Assert.Contains(period.Text("label"), html, StringComparison.Ordinal);
        Assert.Contains("Số liệu lúc 14:00 30/11/2026 (giờ Việt Nam)", html, StringComparison.Ordinal);

        // The key figures and each comparison's changes, in the API's texts.
        var total = workload.GetProperty("total");
        Assert.Contains(total.Text("onTimeRateText"), html, StringComparison.Ordinal);
        Assert.Contains(total.Text("onlineRateText"), html, StringComparison.Ordinal);
        Assert.All(Counts, c => Assert.Contains(VietnameseFormat.Count(total.Long(c)), html, StringComparison.Ordinal));
        var comparisons = workload.GetProperty("comparisons").EnumerateArray().ToList();
        Assert.Equal(2, comparisons.Count);
        foreach (var comparison in comparisons)
        {
            var change = comparison.GetProperty("change");
            Assert.All(Counts, c => Assert.Contains(change.GetProperty(c).Text("relativeText"), html, StringComparison.Ordinal));
            Assert.All(Rates, r => Assert.Contains(change.GetProperty(r).Text("pointsText"), html, StringComparison.Ordinal));
            Assert.Contains(comparison.Text("onTimeRateText"), html, StringComparison.Ordinal);
            if (comparison.GetProperty("scopeChangedText").GetString() is { } scope)
            {
                Assert.Contains(scope, html, StringComparison.Ordinal);
            }
        }

        // Every row of the breakdown, in the breakdown's part.
        var breakdown = Part(html, "breakdown");
        var rows = workload.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(r.Text("name"), breakdown, StringComparison.Ordinal));

        // The service index: its total text, every group and indicator.
        var index = await Client.GetOkAsync($"/api/service-index?from={from}&to={to}&unit={unit}");
        var indexPart = Part(html, "service-index");
        Assert.Contains(index.Text("text"), indexPart, StringComparison.Ordinal);
        foreach (var group in index.GetProperty("groups").EnumerateArray())
        {
            Assert.Contains(group.Text("name"), indexPart, StringComparison.Ordinal);
            Assert.Contains(group.Text("text"), indexPart, StringComparison.Ordinal);
            Assert.All(group.GetProperty("indicators").EnumerateArray(), i => Assert.Contains(i.Text("name"), indexPart, StringComparison.Ordinal));
        }

        // Who is behind at the period's last day, and what changed since the last meeting.
        var accountability = await Client.GetOkAsync($"/api/accountability?asOf={to}");
        var behind = Part(html, "accountability");
        var names = Names(accountability, ("overdueTasksByLeadAgency", "name"), ("indicatorsNotAchieved", "name"), ("unitsWithOverdueDossiers", "name"));
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains(n, behind, StringComparison.Ordinal));
        Assert.All(accountability.GetProperty("overdueTasksByLeadAgency").EnumerateArray().SelectMany(a => a.GetProperty("tasks").EnumerateArray()),
            t => Assert.Contains(t.Text("title"), behind, StringComparison.Ordinal));

        var changes = await Client.GetOkAsync("/api/changes?since=last-meeting");
        var changed = Part(html, "changes");
        Assert.Contains("23/11/2026 – 30/11/2026", changed, StringComparison.Ordinal);
        Assert.All(Names(changes, ("tasksNewlyOverdue", "title"), ("tasksCompleted", "title"), ("indicatorsChanged", "name"),
            ("unitsBelowThreshold", "name"), ("newPetitions", "subject")), n => Assert.Contains(n, changed, StringComparison.Ordinal));
        // An empty list says so.
        string[] lists = ["tasksNewlyOverdue", "tasksCompleted", "indicatorsChanged", "unitsBelowThreshold", "newPetitions"];
        var empty = lists.Count(l => changes.GetProperty(l).GetArrayLength() == 0);
        Assert.Equal(empty, Occurrences(changed, "<p class=\"none\">Không có</p>"));
    }

    [Fact]
    public async Task The_units_are_ranked_by_on_time_rate_worst_first_and_coloured_by_the_walls_bands()
    {
        var html = await PrintViewAsync("/meeting/print?period=2026-Q3");
        var workload = await Client.GetOkAsync("/api/dossiers/workload?from=2026-06-15&to=2026-09-14&by=unit");
        var shown = workload.GetProperty("rows").EnumerateArray()
            .Where(r => r.Long("resolved") >= ShownRate.MinimumCases && r.GetProperty("onTimeRate").ValueKind == JsonValueKind.Number)
            .OrderBy(r => r.GetProperty("onTimeRate").GetDouble()).ThenBy(r => r.Text("code"), StringComparer.Ordinal)
            .ToList();
        Assert.True(shown.Count > 10, $"{shown.Count} units ranked");

        // Each ranked row: its place, its name, and its rate in its band's class, in that order down the table.
        var breakdown = Part(html, "breakdown");
        var at = 0;
        for (var i = 0; i < shown.Count; i++)
        {
            var rate = shown[i].GetProperty("onTimeRate").GetDouble();
            var band = rate >= 0.95 ? "green" : rate >= 0.90 ? "amber" : "red";
            var row = $"<td class=\"ordinal\">{i + 1}</td><td class=\"name\">{shown[i].Text("name")}</td>";
            var found = breakdown.IndexOf(row, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"rank {i + 1}: {row} not found after position {at}");
            var cell = $"<td class=\"rate {band}\">{shown[i].Text("onTimeRateText")}</td>";
            Assert.Contains(cell, breakdown[found..breakdown.IndexOf("</tr>", found, StringComparison.Ordinal)], StringComparison.Ordinal);
            at = found;
        }
    }

    [Fact]
    public async Task The_print_view_is_a_complete_page_without_scripts_in_A4_landscape()
    {
        using var response = await Client.GetAsync(new Uri("/meeting/print", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.EndsWith("</body></html>", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/lib/fonts/be-vietnam-pro.css\">", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4 landscape;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        // Without a period, the last full week (the meeting on Monday 30 November reviews 23–29 November).
        Assert.Contains("Tuần 48/2026 (23/11/2026 – 29/11/2026)", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_PDF_of_the_week_carries_the_unit_and_its_on_time_rate()
    {
        using var response = await Client.GetAsync(new Uri("/api/meeting.pdf?period=2026-W48", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Equal(ReportGenerator.PdfContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("giao-ban-2026-W48-TNH.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);

        var workload = await Client.GetOkAsync("/api/dossiers/workload?from=2026-11-23&to=2026-11-29&unit=TNH");
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.NotEmpty(pages);
        var text = Squeezed(string.Join(" ", pages));
        // Words of Vietnamese text may come out split or joined differently: compare without the spaces.
        Assert.Contains(Squeezed(workload.Text("unitName")), text, StringComparison.Ordinal);
        Assert.Contains(Squeezed("Tuần 48/2026"), text, StringComparison.Ordinal);
        Assert.Contains(workload.GetProperty("total").Text("onTimeRateText"), text, StringComparison.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal((842, 595), ((int)Math.Round(pdf.GetPage(i + 1).Width), (int)Math.Round(pdf.GetPage(i + 1).Height)));
            Assert.Contains($"Trang {i + 1}/{pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_custom_period_of_a_commune_prints_under_an_ASCII_file_name()
    {
        using var response = await Client.GetAsync(new Uri("/api/meeting.pdf?period=2026-11-01..2026-11-20&unit=27727&view=fields", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Equal("giao-ban-2026-11-01_2026-11-20-27727-linh-vuc.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var workload = await Client.GetOkAsync("/api/dossiers/workload?from=2026-11-01&to=2026-11-20&unit=27727");
        using var pdf = PdfDocument.Open(bytes);
        var text = Squeezed(string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        Assert.Contains(Squeezed(workload.Text("unitName")), text, StringComparison.Ordinal);
        Assert.Contains(workload.GetProperty("total").Text("onTimeRateText"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_Chromium_the_PDF_answers_503_with_problem_details()
    {
        await using var factory = new DashboardFactory(
            Warehouse.ConnectionString,
            new Dictionary<string, string?> { ["Reports:ChromiumPath"] = "/nonexistent/chromium" },
            s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(PresentWarehouse.Present)));
        using var client = factory.CreateClient();
        using var pdf = await client.GetAsync(new Uri("/api/meeting.pdf?period=2026-W48&unit=27727", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Equal("application/problem+json", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Reports:ChromiumPath", await pdf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/meeting.pdf?period=2026-W54", "period")]
    [InlineData("/api/meeting.pdf?period=2026-12", "period")] // starts after the clock's 30 November
    [InlineData("/api/meeting.pdf?period=2026-11-20..2026-11-01", "period")]
    [InlineData("/api/meeting.pdf?period=2026-Q3&cutoff=fiscal", "cutoff")]
    [InlineData("/api/meeting.pdf?unit=NOPE", "unit")]
    [InlineData("/api/meeting.pdf?view=charts", "view")]
    [InlineData("/meeting/print?period=last-week", "period")]
    [InlineData("/meeting/print?cutoff=weekly", "cutoff")]
    [InlineData("/meeting/print?unit=NOPE&view=units", "unit")]
    [InlineData("/meeting/print?view=map", "view")]
    public async Task Bad_input_answers_400_naming_the_parameter(string path, string parameter)
    {
        var (status, contentType, body) = await Client.GetJsonAsync(path);
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.ToString());
    }

    /// <summary>The print view, its entities decoded (the writer encodes some signs, such as "+", as references).</summary>
    private async Task<string> PrintViewAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {html}");
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>The section with the id, up to the next section.</summary>
    private static string Part(string html, string id)
    {
        var start = html.IndexOf($"<section class=\"{id}\" id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static List<string> Names(JsonElement body, params (string List, string Field)[] lists) =>
        lists.SelectMany(l => body.GetProperty(l.List).EnumerateArray().Select(i => i.Text(l.Field))).ToList();

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
