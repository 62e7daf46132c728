using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using IocDashboard.SourceSimulator.Tests.Infrastructure;

namespace IocDashboard.SourceSimulator.Tests.Templates;

/// <summary>The .xlsx template, read back with the OpenXML SDK; the fixture's clock stands in June 2024.</summary>
public sealed class IndicatorTemplateTests(ReferenceSimulator simulator) : IClassFixture<ReferenceSimulator>
{
    [Fact]
    public async Task The_template_validates_and_holds_one_row_per_indicator_and_month_with_values_up_to_now()
    {
        var client = await simulator.ReadyClientAsync();
        var now = (await FeedReader.PageAsync(client, "chitieu", pageSize: 1)).ServerTime;
        using var response = await client.GetAsync(new Uri("/chitieu/template.xlsx?year=2024", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));

        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("BaoCao", sheet.Name?.Value);
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(["Mã chỉ tiêu", "Tên chỉ tiêu", "Kỳ báo cáo", "Giá trị"], rows[0].Elements<Cell>().Select(Text));
        Assert.Equal(16 * 12, rows.Count - 1);

        var reference = SeedWindow.Reference;
        var expected = reference.Indicators
            .SelectMany(i => Enumerable.Range(1, 12).Select(m => (Indicator: i, Period: new DateOnly(2024, m, 1))))
            .ToList();
        var monthNow = new DateOnly(now.Year, now.Month, 1);
        foreach (var (row, (indicator, period)) in rows.Skip(1).Zip(expected))
        {
            var cells = row.Elements<Cell>().ToList();
            Assert.Equal(indicator.Code, Text(cells[0]));
            Assert.Equal(indicator.Name, Text(cells[1]));
            Assert.Equal(period.ToString("yyyy-MM", CultureInfo.InvariantCulture), Text(cells[2]));
            var value = reference.IndicatorValues.SingleOrDefault(v => v.IndicatorCode == indicator.Code && v.Period == period);
            if (period <= monthNow && value is not null)
            {
                Assert.Equal(4, cells.Count);
                Assert.Null(cells[3].DataType);
                Assert.Equal(value.Value, decimal.Parse(cells[3].CellValue!.Text, CultureInfo.InvariantCulture));
            }
            else
            {
                Assert.Equal(3, cells.Count);
            }
        }

        Assert.Contains(rows.Skip(1), r => r.Elements<Cell>().Count() == 4);
        Assert.Contains(rows.Skip(1), r => r.Elements<Cell>().Count() == 3);
    }

    [Fact]
    public async Task A_bad_year_is_a_400()
    {
        var client = await simulator.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/chitieu/template.xlsx?year=twenty", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "";
}
