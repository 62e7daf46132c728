using System.Globalization;
using System.Text.Json;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Reports.Forms.Xlsx;
using IocDashboard.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IocDashboard.Integration.Tests.Features.Reports;

/// <summary>
/// GET /api/reports/{period}.xlsx on the history to 30 November 2026, with the app's clock at that present: the
/// workbook read back cell by cell equals /api/dossiers/workload by field and by unit for the same days and unit; it
/// passes the OpenXml validator; bad input answers 400 naming the parameter.
/// </summary>
[Collection(PresentWarehouseGroup.Name)]
public sealed class ReportApiTests(PresentWarehouse warehouse) : PresentReportApp(warehouse)
{
    [Theory]
    [InlineData("2026-Q3", null, null, "2026-06-15", "2026-09-14", "bao-cao-2026-Q3-TNH.xlsx", "Quý III năm 2026 (Từ ngày 15/6/2026 đến ngày 14/9/2026)")]
    [InlineData("2026-H1", "TTPVHCC", "calendar", "2026-01-01", "2026-06-30", "bao-cao-2026-H1-TTPVHCC-calendar.xlsx", "6 tháng đầu năm 2026 (Từ ngày 01/01/2026 đến ngày 30/6/2026)")]
    [InlineData("2025-Q3", null, "official", "2025-06-15", "2025-09-14", "bao-cao-2025-Q3-TNH.xlsx", "Quý III năm 2025 (Từ ngày 15/6/2025 đến ngày 14/9/2025)")]
    [InlineData("2026-9M", "25486", null, "2025-12-15", "2026-09-14", "bao-cao-2026-9M-25486.xlsx", "9 tháng năm 2026 (Từ ngày 15/12/2025 đến ngày 14/9/2026)")]
    public async Task The_workbook_holds_the_workload_API_figures_cell_by_cell(
        string period, string? unit, string? cutoff, string from, string to, string fileName, string label)
    {
        var query = string.Join("&", new[] { unit is null ? null : $"unit={unit}", cutoff is null ? null : $"cutoff={cutoff}" }.Where(p => p is not null));
        using var response = await Client.GetAsync(new Uri($"/api/reports/{period}.xlsx?{query}", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Equal(AnnexWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        Assert.Empty(Workbooks.ValidationErrors(bytes));
        var sheets = Workbooks.Read(bytes);
        Assert.Equal([AnnexWorkbook.FieldSheet, AnnexWorkbook.UnitSheet], sheets.Select(s => s.Name));
        var api = $"/api/dossiers/workload?from={from}&to={to}&unit={unit ?? "TNH"}";
        var byField = await Client.GetOkAsync(api + "&by=field");
        var byUnit = await Client.GetOkAsync(api + "&by=unit");
        foreach (var sheet in sheets)
        {
            Assert.Equal("Kỳ báo cáo: " + label, sheet.TextAt(1, 3));
            Assert.Equal("Đơn vị báo cáo: " + (unit is null ? "Ủy ban nhân dân tỉnh Tây Ninh" : sheet.TextAt(1, 4)["Đơn vị báo cáo: ".Length..]), sheet.TextAt(1, 4));
            Assert.Contains("C7:F7", sheet.Merges);
            Assert.Equal("(13)", sheet.TextAt(13, AnnexWorkbook.ColumnNumberRow));
            Assert.All(BodyRows(sheet), row => AssertIdentities(sheet, row));
        }

        // By field: the API's rows in its order, then "Tổng số" with its total.
        var fields = sheets[0];
        var fieldRows = byField.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(fieldRows);
        var r = AnnexWorkbook.FirstBodyRow;
        foreach (var (row, i) in fieldRows.Select((x, i) => (x, i)))
        {
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), fields.TextAt(1, r));
            AssertRow(fields, r++, row.Text("name"), row);
        }

        AssertRow(fields, r, "Tổng số", byField.GetProperty("total"));
        Assert.Equal(r, BodyRows(fields).Last());

        // By unit: a heading row per kind with its subtotal (I, II, …), then its units in the API's order; then the total.
        var units = sheets[1];
        var unitRows = byUnit.GetProperty("rows").EnumerateArray().ToList();
        r = AnnexWorkbook.FirstBodyRow;
        var groups = 0;
        foreach (var group in unitRows.GroupBy(u => u.Text("kind")))
        {
            string[] roman = ["I", "II", "III", "IV"];
            Assert.Equal(roman[groups++], units.TextAt(1, r));
            Assert.Equal(Heading(group.Key, DateOnly.Parse(to, CultureInfo.InvariantCulture)), units.TextAt(2, r));
            for (var c = 0; c < Columns.Length; c++)
            {
                Assert.Equal(group.Sum(u => u.Long(Columns[c])), units[ReadSheet.Ref(3 + c, r)]!.Count);
            }

            r++;
            foreach (var row in group)
            {
                AssertRow(units, r++, row.Text("name"), row);
            }
        }

        AssertRow(units, r, "Tổng số", byUnit.GetProperty("total"));
        Assert.Equal(r, BodyRows(units).Last());
        if (unit == "25486")
        {
            Assert.Equal("Xã Tân Biên", units.TextAt(2, AnnexWorkbook.FirstBodyRow + 1));
            Assert.Equal("Đơn vị nhận báo cáo: Văn phòng Ủy ban nhân dân tỉnh Tây Ninh", units.TextAt(1, 5));
        }

        if (unit is null)
        {
            // The province after the merger: agencies then the 96 communes and wards; across it also the districts.
            Assert.Equal(period == "2025-Q3" ? 3 : 2, groups);
            Assert.True(unitRows.Count > 96, byUnit.ToString());
        }
    }

    [Theory]
    [InlineData("2026-Q5.xlsx", "period")]
    [InlineData("Q3-2026.xlsx", "period")]
    [InlineData("0999.xlsx", "period")]
    [InlineData("2026-Q4.xlsx", "period")] // ends 14 December 2026, after the clock's 30 November
    [InlineData("2026.xlsx", "period")]
    [InlineData("2026-H2.xlsx?cutoff=calendar", "period")]
    [InlineData("2026-Q3.xlsx?cutoff=fiscal", "cutoff")]
    [InlineData("2026-Q3.xlsx?unit=NOPE", "unit")]
    [InlineData("2026-Q3.xlsx?unit=705", "unit")] // Tân Biên district: abolished on 1 July 2025
    [InlineData("2024-Q3.xlsx?unit=25486", "unit")] // Xã Tân Biên: formed on 1 July 2025
    public async Task Bad_input_answers_400_naming_the_parameter(string path, string parameter)
    {
        var (status, contentType, body) = await Client.GetJsonAsync("/api/reports/" + path);
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out var messages), body.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Fact]
    public async Task A_period_that_ends_before_today_is_served_even_when_the_next_one_is_not()
    {
        using var q3 = await Client.GetAsync(new Uri("/api/reports/2026-Q3.xlsx?cutoff=calendar", UriKind.Relative));
        Assert.Equal(200, (int)q3.StatusCode);
        var (status, _, body) = await Client.GetJsonAsync("/api/reports/2026-Q4.xlsx");
        Assert.Equal(400, status);
        Assert.Contains("2026-12-15", body.GetProperty("errors").GetProperty("period")[0].GetString(), StringComparison.Ordinal);
    }

    private static string Heading(string kind, DateOnly to) => kind switch
    {
        "agency" => "Sở, ban, ngành",
        "district" => "Huyện, thị xã, thành phố",
        "commune" => to >= new DateOnly(2025, 7, 1) ? "Xã, phường" : "Xã, phường, thị trấn",
        _ => "Đơn vị khác",
    };

    private static IEnumerable<uint> BodyRows(ReadSheet sheet)
    {
        for (var row = AnnexWorkbook.FirstBodyRow; sheet[$"B{row}"] is not null; row++)
        {
            yield return row;
        }
    }

    private static void AssertRow(ReadSheet sheet, uint row, string name, JsonElement expected)
    {
        Assert.Equal(name, sheet.TextAt(2, row));
        for (var c = 0; c < Columns.Length; c++)
        {
            var cell = sheet[ReadSheet.Ref(3 + c, row)]!;
            Assert.True(cell.IsNumber && cell.NumberFormat == "#,##0", $"{sheet.Name} row {row}: {cell}");
            Assert.True(expected.Long(Columns[c]) == cell.Count, $"{sheet.Name} row {row} ({name}) column ({3 + c}): {cell.Count} in the workbook, {expected.Long(Columns[c])} in the API");
        }
    }

    /// <summary>(3)=(4)+(5)+(6), (3)=(7)+(11), (7)=(8)+(9)+(10), (11)=(12)+(13).</summary>
    private static void AssertIdentities(ReadSheet sheet, uint row)
    {
        long N(int column) => sheet[ReadSheet.Ref(column, row)]!.Count;
        Assert.Equal(N(3), N(4) + N(5) + N(6));
        Assert.Equal(N(3), N(7) + N(11));
        Assert.Equal(N(7), N(8) + N(9) + N(10));
        Assert.Equal(N(11), N(12) + N(13));
    }
}
