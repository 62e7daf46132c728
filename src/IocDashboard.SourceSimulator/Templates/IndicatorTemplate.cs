using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IocDashboard.SourceSimulator.Feeds.Indicators;

namespace IocDashboard.SourceSimulator.Templates;

/// <summary>
/// The monthly report template that departments without an API fill in by hand: sheet "BaoCao", headers
/// "Mã chỉ tiêu | Tên chỉ tiêu | Kỳ báo cáo | Giá trị", one row per indicator and month of the year, the value
/// filled from the seed for months up to the simulated now and left empty after.
/// </summary>
internal static class IndicatorTemplate
{
    public const string SheetName = "BaoCao";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Headers = ["Mã chỉ tiêu", "Tên chỉ tiêu", "Kỳ báo cáo", "Giá trị"];

    private const uint HeaderStyle = 1;
    private const uint ValueStyle = 2;

    public static byte[] Build(IndicatorBook book, int year, DateTimeOffset now)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

            var sheetData = new SheetData();
            var rowIndex = 1u;
            sheetData.Append(Row(rowIndex++, Headers.Select(h => Text(h, HeaderStyle)).ToArray()));
            foreach (var indicator in book.Indicators)
            {
                for (var month = 1; month <= 12; month++)
                {
                    var period = new DateOnly(year, month, 1);
                    var cells = new List<Cell>
                    {
                        Text(indicator.Code),
                        Text(indicator.Name),
                        Text(period.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
                    };
                    if (IndicatorBook.IsVisible(period, now) && book.ValueOf(indicator.Code, period) is { } value)
                    {
                        cells.Add(new Cell
                        {
                            CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
                            StyleIndex = ValueStyle,
                        });
                    }

                    sheetData.Append(Row(rowIndex++, [.. cells]));
                }
            }

            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(
                new Columns(
                    new Column { Min = 1, Max = 1, Width = 14, CustomWidth = true },
                    new Column { Min = 2, Max = 2, Width = 80, CustomWidth = true },
                    new Column { Min = 3, Max = 3, Width = 12, CustomWidth = true },
                    new Column { Min = 4, Max = 4, Width = 12, CustomWidth = true }),
                sheetData);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbookPart.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = SheetName,
            }));
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A row whose cells get their references (A1, B1, …) from their position.</summary>
    private static Row Row(uint index, Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].CellReference = $"{(char)('A' + i)}{index.ToString(CultureInfo.InvariantCulture)}";
        }

        return new Row(cells) { RowIndex = index };
    }

    private static Cell Text(string text, uint style = 0) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text)),
        StyleIndex = style == 0 ? null : style,
    };

    /// <summary>Default, bold header and "0.00" value formats, with every part readers expect.</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 2, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
