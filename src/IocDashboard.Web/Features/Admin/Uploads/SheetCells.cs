using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
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

/// <summary>Whether a sheet's rows were read: read, no sheetData element at all, or more rows than asked for.</summary>
internal enum SheetOutcome
{
    Read,
    NoSheetData,
    TooManyRows,
}

/// <summary>A sheet's non-empty rows: row index → column letters → content (empty unless <see cref="Outcome"/> is Read).</summary>
internal sealed record SheetRows(SheetOutcome Outcome, SortedDictionary<uint, Dictionary<string, CellContent>> Rows);

/// <summary>
/// Reads cells of a worksheet by row and column letters: shared strings, inline strings, numbers. The parts are read
/// element by element (OpenXmlReader), one row or string at a time, never as a whole document: a sheet part of tens of
/// megabytes would take ten to twenty times that in memory as a DOM, and its rows past the limit are not even read.
/// </summary>
internal static class SheetCells
{
    /// <summary>The shared string table's texts, by index (empty without the part).</summary>
    public static IReadOnlyList<string> SharedStrings(SharedStringTablePart? part)
    {
        var texts = new List<string>();
        if (part is null)
        {
            return texts;
        }

        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            // LoadCurrentElement moves past the element: reading on would skip the next one.
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                texts.Add(TextOf(reader.LoadCurrentElement()!));
            }
            else
            {
                reader.Read();
            }
        }

        return texts;
    }

    /// <summary>
    /// The sheet's rows, up to <paramref name="maxRows"/> row elements (TooManyRows past them). Cells without a
    /// reference take the column after the previous one; rows without an index, the row after the previous one.
    /// </summary>
    public static SheetRows Read(WorksheetPart part, IReadOnlyList<string> shared, int maxRows)
    {
        var rows = new SortedDictionary<uint, Dictionary<string, CellContent>>();
        var sawSheetData = false;
        var rowElements = 0;
        uint previousRow = 0;
        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (!reader.IsStartElement || (reader.ElementType != typeof(SheetData) && reader.ElementType != typeof(Row)))
            {
                reader.Read();
                continue;
            }

            if (reader.ElementType == typeof(SheetData))
            {
                sawSheetData = true;
                reader.Read();
                continue;
            }

            if (++rowElements > maxRows)
            {
                return new SheetRows(SheetOutcome.TooManyRows, []);
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var rowIndex = uint.TryParse(row.RowIndex?.InnerText, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : previousRow + 1;
            previousRow = rowIndex;
            var cells = Cells(row, shared);
            if (cells.Count > 0)
            {
                rows[rowIndex] = cells;
            }
        }

        return sawSheetData ? new SheetRows(SheetOutcome.Read, rows) : new SheetRows(SheetOutcome.NoSheetData, []);
    }

    private static Dictionary<string, CellContent> Cells(Row row, IReadOnlyList<string> shared)
    {
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

        return cells;
    }

    public static CellContent Content(Cell cell, IReadOnlyList<string> shared)
    {
        // The type as written (t="s", "inlineStr", "b", "e", "n", "str", "d"): the SDK's typed value throws on a type no
        // spreadsheet writes, and a file is not to make the page fail.
        var type = cell.DataType?.InnerText;
        var raw = cell.CellValue?.Text;
        if (type == "inlineStr")
        {
            return cell.InlineString is { } inline ? new CellContent(CellKind.Text, TextOf(inline)) : CellContent.Blank;
        }

        if (raw is null)
        {
            return CellContent.Blank;
        }

        return type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count
                ? new CellContent(CellKind.Text, shared[index])
                : new CellContent(CellKind.Error, "#REF!"),
            "b" => new CellContent(CellKind.Boolean, raw == "1" ? "TRUE" : "FALSE"),
            "e" => new CellContent(CellKind.Error, raw),
            // No type is a number; a formula's string result, or an ISO date cell, is text.
            null or "n" => new CellContent(CellKind.Number, raw),
            "str" or "d" => new CellContent(CellKind.Text, raw),
            _ => new CellContent(CellKind.Error, $"t=\"{type}\""),
        };
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
