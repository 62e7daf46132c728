using System.Net;
using System.Text.Json;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Reports.Forms.Html;
using IocDashboard.Reports.Summary.Html;
using IocDashboard.Web.Features.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace IocDashboard.Integration.Tests.Features.Reports;

/// <summary>
/// GET /reports/{period}/print and GET /api/reports/{period}.pdf on the history to 30 November 2026, with the app's
/// clock at that present: the PDF, printed by Debian's Chromium and read back with PdfPig, carries the form's texts
/// with their diacritics, the totals of /api/dossiers/workload?by=field written as Vietnamese numbers and "Trang x/y"
/// on every page, the summary (portrait) before the form (landscape); one browser serves every request and is launched again when it has gone away.
/// </summary>
[Collection(PresentWarehouseGroup.Name)]
public sealed class ReportPdfTests(PresentWarehouse warehouse) : PresentReportApp(warehouse)
{
    [Fact]
    public async Task Without_Chromium_the_PDF_answers_503_with_problem_details_and_the_workbook_still_downloads()
    {
        await using var factory = new DashboardFactory(
            Warehouse.ConnectionString,
            new Dictionary<string, string?> { ["Reports:ChromiumPath"] = "/nonexistent/chromium" },
            s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(PresentWarehouse.Present)));
        using var client = factory.CreateClient();

        using var pdf = await client.GetAsync(new Uri("/api/reports/2026-Q3.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Equal("application/problem+json", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Reports:ChromiumPath", await pdf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var xlsx = await client.GetAsync(new Uri("/api/reports/2026-Q3.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
    }

    [Fact]
    public async Task The_PDF_carries_the_form_the_period_the_field_total_and_page_numbers()
    {
        using var response = await Client.GetAsync(new Uri("/api/reports/2026-Q3.pdf", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Equal(ReportGenerator.PdfContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bao-cao-2026-Q3-TNH.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.True(pages.Count >= 1);
        var text = string.Join("\n", pages);
        Assert.Contains("Biểu số II.06a/VPCP/KSTT", text, StringComparison.Ordinal);
        Assert.Contains("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC", text, StringComparison.Ordinal);
        Assert.Contains("Kỳ báo cáo: Quý III năm 2026 (Từ ngày 15/6/2026 đến ngày 14/9/2026)", text, StringComparison.Ordinal);
        Assert.Contains("Đơn vị báo cáo: Ủy ban nhân dân tỉnh Tây Ninh", text, StringComparison.Ordinal);

        // The total row of the table by field: "Tổng số" then columns (3)–(13) as /api/dossiers/workload gives them.
        var byField = await Client.GetOkAsync("/api/dossiers/workload?from=2026-06-15&to=2026-09-14&unit=TNH&by=field");
        var total = Figures(byField.GetProperty("total"));
        Assert.Contains(".", total, StringComparison.Ordinal); // a province's quarter runs into the hundreds of thousands
        Assert.Contains("Tổng số " + total, text, StringComparison.Ordinal);
        var byUnit = await Client.GetOkAsync("/api/dossiers/workload?from=2026-06-15&to=2026-09-14&unit=TNH&by=unit");
        Assert.Contains("Tổng số " + Figures(byUnit.GetProperty("total")), text, StringComparison.Ordinal);

        // The summary A4 portrait (595 × 842 points) over its first pages, the form A4 landscape after it.
        var portrait = pdf.GetPages().TakeWhile(p => p.Width < p.Height).Count();
        Assert.True(portrait >= 1);
        Assert.Contains(ReportPrintView.Title, pages[0], StringComparison.Ordinal);
        Assert.Equal((595, 842), ((int)Math.Round(pdf.GetPage(1).Width), (int)Math.Round(pdf.GetPage(1).Height)));
        for (var p = portrait + 1; p <= pages.Count; p++)
        {
            Assert.Equal((842, 595), ((int)Math.Round(pdf.GetPage(p).Width), (int)Math.Round(pdf.GetPage(p).Height)));
        }

        // The footer on every page; the headings repeat on every page of the form's tables.
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Trang {i + 1}/{pages.Count}", pages[i], StringComparison.Ordinal);
            if (i >= portrait)
            {
                Assert.Contains("Số hồ sơ nhận giải quyết", pages[i], StringComparison.Ordinal);
            }
        }

        Assert.True(pages.Count - portrait >= 3, $"{pages.Count - portrait} landscape pages: the table by field, the table by unit of the province (more than 96 rows) on more than one page");

        // The form in Be Vietnam Pro, embedded (subset names look like "ABCDEF+BeVietnamPro-Bold"), not a system fallback.
        var title = pdf.GetPage(portrait + 1).Letters.Where(l => l.Value is "Ì" or "Ế" or "Ả" or "Ơ").ToList();
        Assert.NotEmpty(title);
        Assert.All(title, l => Assert.Contains("BeVietnamPro", l.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_page_of_the_PDF_is_blank_when_drawn_to_PNG()
    {
        using var response = await Client.GetAsync(new Uri("/api/reports/2026-Q3.pdf", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        using var pdf = PdfDocument.Open(bytes);
        var landscape = pdf.GetPages().Select(p => p.Width > p.Height).ToList();

        var images = await PdfPageImages.RenderAsync(bytes, landscape);

        Assert.Equal(landscape.Count, images.Count);
        Assert.Contains(images, i => !i.Landscape); // the summary
        Assert.Contains(images, i => i.Landscape); // the form
        // A page with only its footer has no ink above the footer band; a line of the report's text alone has a few
        // hundred pixels at this size, and the emptiest page of the report (the end of a table) has thousands.
        Assert.All(images, i => Assert.True(i.InkPixels > 1_000, $"page {i.Page} of {images.Count} is blank above its footer: {i.InkPixels} pixels of ink"));
    }

    [Fact]
    public async Task The_print_view_is_the_forms_HTML_with_grouped_headings_and_Vietnamese_numbers()
    {
        using var response = await Client.GetAsync(new Uri("/reports/2026-Q3/print?cutoff=calendar&unit=TTPVHCC", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/lib/fonts/be-vietnam-pro.css\">", html, StringComparison.Ordinal);
        Assert.Contains("Kỳ báo cáo: Quý III năm 2026 (Từ ngày 01/7/2026 đến ngày 30/9/2026)", html, StringComparison.Ordinal);
        Assert.Contains("<th colspan=\"4\" scope=\"colgroup\">Số hồ sơ nhận giải quyết</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th rowspan=\"3\" scope=\"col\">STT</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th colspan=\"2\" scope=\"colgroup\">Trong kỳ</th>", html, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group; }", html, StringComparison.Ordinal);
        Assert.Contains("size: A4 landscape", html, StringComparison.Ordinal);

        var byField = await Client.GetOkAsync("/api/dossiers/workload?from=2026-07-01&to=2026-09-30&unit=TTPVHCC&by=field");
        var cells = string.Concat(Columns.Select(c => $"<td class=\"count\">{VietnameseNumbers.Count(byField.GetProperty("total").Long(c))}</td>"));
        Assert.Contains("<td class=\"name\">Tổng số</td>" + cells, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/reports/2026-Q5.pdf", "period")]
    [InlineData("/api/reports/2026-Q4.pdf", "period")] // ends 14 December 2026, after the clock's 30 November
    [InlineData("/api/reports/2026-Q3.pdf?cutoff=fiscal", "cutoff")]
    [InlineData("/api/reports/2026-Q3.pdf?unit=705", "unit")] // Tân Biên district: abolished on 1 July 2025
    [InlineData("/reports/Q3-2026/print", "period")]
    [InlineData("/reports/2026-Q4/print", "period")]
    [InlineData("/reports/2026-Q3/print?unit=NOPE", "unit")]
    public async Task Bad_input_answers_400_naming_the_parameter(string path, string parameter)
    {
        var (status, contentType, body) = await Client.GetJsonAsync(path);
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.ToString());
    }

    [Fact]
    public async Task One_browser_serves_the_requests_and_is_launched_again_when_it_went_away()
    {
        var printer = Factory.Services.GetRequiredService<ChromiumPrinter>();
        await GetPdfAsync("/api/reports/2026-Q2.pdf?unit=TTPVHCC");
        var first = printer.Browser!;
        await GetPdfAsync("/api/reports/2026-Q1.pdf?unit=TTPVHCC");
        Assert.Same(first, printer.Browser);

        await first.CloseAsync();
        await GetPdfAsync("/api/reports/2026-Q2.pdf?unit=TTPVHCC");
        Assert.NotSame(first, printer.Browser);
        Assert.True(printer.Browser!.IsConnected);
    }

    private async Task GetPdfAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
    }

    private static string Figures(JsonElement total) =>
        string.Join(" ", Columns.Select(c => VietnameseNumbers.Count(total.Long(c))));
}
