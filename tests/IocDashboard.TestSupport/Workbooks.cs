using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace IocDashboard.TestSupport;

/// <summary>A cell read back: whether it holds a number, its text (a number's invariant digits), its number format code.</summary>
public sealed record ReadCell(bool IsNumber, string Text, string? NumberFormat)
{
    public long Count => IsNumber ? long.Parse(Text, NumberStyles.Integer, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"'{Text}' is not a number cell");
}

/// <summary>A worksheet read back: cells by reference ("C12"), merged ranges, the frozen pane, the print setup.</summary>
public sealed record ReadSheet(
    string Name,
    IReadOnlyDictionary<string, ReadCell> Cells,
    IReadOnlySet<string> Merges,
    string? FrozenTopLeft,
    string? PrintTitles,
    bool Landscape,
    uint? PaperSize,
    uint? FitToWidth,
    bool FitToPage)
{
    public ReadCell? this[string reference] => Cells.GetValueOrDefault(reference);

    public string TextAt(int column, uint row) => this[Ref(column, row)]?.Text ?? "";

    public static string Ref(int column, uint row)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + ((column - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>Reads an XLSX workbook back as a spreadsheet would, and what OpenXmlValidator finds wrong with it.</summary>
public static class Workbooks
{
    public static IReadOnlyList<string> ValidationErrors(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    public static IReadOnlyList<ReadSheet> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbookPart = document.WorkbookPart!;
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().ToList() ?? [];
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var customFormats = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var names = workbookPart.Workbook.DefinedNames?.Elements<DefinedName>().ToList() ?? [];

        string? FormatOf(Cell cell)
        {
            var id = cell.StyleIndex?.Value is { } style && style < formats.Count ? formats[(int)style].NumberFormatId?.Value ?? 0 : 0;
            return id switch
            {
                0 => null,
                3 => "#,##0",
                10 => "0.00%",
                _ => customFormats.GetValueOrDefault(id),
            };
        }

        var sheets = new List<ReadSheet>();
        foreach (var (sheet, index) in workbookPart.Workbook.Sheets!.Elements<Sheet>().Select((s, i) => (s, i)))
        {
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
            var cells = new Dictionary<string, ReadCell>(StringComparer.Ordinal);
            foreach (var cell in worksheet.Descendants<Cell>())
            {
                var type = cell.DataType?.Value;
                string? text = type == CellValues.InlineString ? cell.InlineString?.InnerText
                    : type == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)].InnerText
                    : cell.CellValue?.Text;
                if (text is not null)
                {
                    var isNumber = type is null || type == CellValues.Number;
                    cells[cell.CellReference!.Value!] = new ReadCell(isNumber, text, FormatOf(cell));
                }
            }

            var pane = worksheet.Descendants<Pane>().FirstOrDefault();
            var setup = worksheet.GetFirstChild<PageSetup>();
            sheets.Add(new ReadSheet(
                sheet.Name!.Value!,
                cells,
                worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToHashSet(StringComparer.Ordinal),
                pane?.State?.Value == PaneStateValues.Frozen ? pane.TopLeftCell?.Value : null,
                names.FirstOrDefault(n => n.Name?.Value == "_xlnm.Print_Titles" && n.LocalSheetId?.Value == index)?.Text,
                setup?.Orientation?.Value == OrientationValues.Landscape,
                setup?.PaperSize?.Value,
                setup?.FitToWidth?.Value,
                worksheet.SheetProperties?.PageSetupProperties?.FitToPage?.Value == true));
        }

        return sheets;
    }
}
