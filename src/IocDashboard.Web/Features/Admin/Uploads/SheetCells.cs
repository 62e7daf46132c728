using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IocDashboard.Web.Features.Admin.Uploads;

/// <summary>What a cell holds, as the workbook stored it.</summary>
public enum CellKind
{
    Empty,
    Text,
    Number,
    Boolean,
    Error,
}

/// <summary>A cell's content: its kind and its stored text (for a number, the invariant-culture digits Excel wrote).</summary>
public readonly record struct CellContent(CellKind Kind, string Text)
{
    public static readonly CellContent Blank = new(CellKind.Empty, "");

    public bool IsEmpty => Kind == CellKind.Empty || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text));
}

/// <summary>Reads cells of a worksheet by row and column letters: shared strings, inline strings, numbers.</summary>
internal static class SheetCells
{
    /// <summary>Row index → column letters → content. Cells without a reference take the column after the previous one.</summary>
    public static SortedDictionary<uint, Dictionary<string, CellContent>> Read(SheetData data, IReadOnlyList<SharedStringItem> shared)
    {
        var rows = new SortedDictionary<uint, Dictionary<string, CellContent>>();
        uint previousRow = 0;
        foreach (var row in data.Elements<Row>())
        {
            var rowIndex = row.RowIndex?.Value ?? previousRow + 1;
            previousRow = rowIndex;

            var cells = new Dictionary<string, CellContent>(StringComparer.Ordinal);
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnNumber(reference) : column + 1;
                var content = Content(cell, shared);
                if (!content.IsEmpty)
                {
                    cells[ColumnLetters(column)] = content;
                }
            }

            if (cells.Count > 0)
            {
                rows[rowIndex] = cells;
            }
        }

        return rows;
    }

    public static CellContent Content(Cell cell, IReadOnlyList<SharedStringItem> shared)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? new CellContent(CellKind.Text, TextOf(inline)) : CellContent.Blank;
        }

        if (raw is null)
        {
            return CellContent.Blank;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count
                ? new CellContent(CellKind.Text, TextOf(shared[index]))
                : new CellContent(CellKind.Error, "#REF!");
        }

        if (type == CellValues.Boolean)
        {
            return new CellContent(CellKind.Boolean, raw == "1" ? "TRUE" : "FALSE");
        }

        if (type == CellValues.Error)
        {
            return new CellContent(CellKind.Error, raw);
        }

        // A formula's string result, or an ISO date cell, is text; no type (or "n") is a number.
        return type is null || type == CellValues.Number ? new CellContent(CellKind.Number, raw) : new CellContent(CellKind.Text, raw);
    }

    /// <summary>A rich-text or plain string item's text, without phonetic guides. NFC, so typed and pasted Vietnamese compare equal.</summary>
    public static string TextOf(OpenXmlElement item)
    {
        var text = item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
        return text.Normalize(NormalizationForm.FormC);
    }

    public static int ColumnNumber(string reference)
    {
        var number = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            number = (number * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return number;
    }

    public static string ColumnLetters(int number)
    {
        var letters = new StringBuilder();
        for (; number > 0; number = (number - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((number - 1) % 26)));
        }

        return letters.ToString();
    }
}
