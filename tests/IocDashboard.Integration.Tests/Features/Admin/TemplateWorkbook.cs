using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>
/// Builds .xlsx files as a department would send them: text in shared strings (what Excel writes) or inline strings
/// (what many generators write), numbers as numbers; a null leaves the cell out.
/// </summary>
internal static class TemplateWorkbook
{
    public static readonly object?[] Headers = ["Mã chỉ tiêu", "Tên chỉ tiêu", "Kỳ báo cáo", "Giá trị"];

    public static byte[] Build(IEnumerable<object?[]> rows, bool sharedStrings = true, string sheetName = "BaoCao")
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new List<string>();
            var data = new SheetData();
            var rowIndex = 0u;
            foreach (var values in rows)
            {
                rowIndex++;
                var row = new Row { RowIndex = rowIndex };
                for (var column = 0; column < values.Length; column++)
                {
                    if (values[column] is { } value)
                    {
                        var cell = Cell(value, sharedStrings, strings);
                        cell.CellReference = $"{(char)('A' + column)}{rowIndex}";
                        row.Append(cell);
                    }
                }

                data.Append(row);
            }

            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            if (strings.Count > 0)
            {
                workbook.AddNewPart<SharedStringTablePart>().SharedStringTable =
                    new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
            }

            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A well-formed template: headers, then the given (code, period, value) rows.</summary>
    public static byte[] Of(IEnumerable<(string Code, string Period, object? Value)> values, bool sharedStrings = true) =>
        Build([Headers, .. values.Select(v => new object?[] { v.Code, "tên bỏ qua", v.Period, v.Value })], sharedStrings);

    private static Cell Cell(object value, bool sharedStrings, List<string> strings)
    {
        if (value is string text)
        {
            if (!sharedStrings)
            {
                return new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
            }

            var index = strings.IndexOf(text);
            if (index < 0)
            {
                strings.Add(text);
                index = strings.Count - 1;
            }

            return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)) };
        }

        return new Cell { CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) };
    }
}
