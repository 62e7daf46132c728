using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IocDashboard.Reports.Forms.Xlsx;

/// <summary>
/// Lays out one worksheet row by row: text and number cells, merged ranges, column widths from what the columns hold,
/// frozen headings and the print setup (A4 landscape, fit to the page's width, page numbers in the footer). Builds the
/// worksheet's elements in the order the schema requires.
/// </summary>
internal sealed class SheetBuilder(int columnCount)
{
    private readonly SheetData _data = new();
    private readonly List<string> _merges = [];
    private readonly double[] _widths = new double[columnCount + 1];
    private readonly double[] _minimumWidths = new double[columnCount + 1];
    private readonly double[] _maximumWidths = Enumerable.Repeat(60.0, columnCount + 1).ToArray();
    private Row? _row;

    /// <summary>The index of the row being written (1-based); 0 before the first.</summary>
    public uint RowIndex { get; private set; }

    /// <summary>Starts the next row, with a height in points when its text wraps over several lines.</summary>
    public SheetBuilder NewRow(double? height = null)
    {
        RowIndex++;
        _row = new Row { RowIndex = RowIndex };
        if (height is { } points)
        {
            _row.Height = points;
            _row.CustomHeight = true;
        }

        _data.Append(_row);
        return this;
    }

    /// <summary>
    /// A text cell. <paramref name="measured"/>: whether the column's width should fit it (not for texts that span
    /// merged columns or wrap under a heading).
    /// </summary>
    public SheetBuilder Text(int column, string text, XlsxStyle style, bool measured = false)
    {
        Append(new Cell
        {
            CellReference = Reference(column, RowIndex),
            DataType = CellValues.InlineString,
            StyleIndex = style.Index(),
            InlineString = new InlineString(new Text(text)),
        });
        if (measured)
        {
            Measure(column, text.Length);
        }

        return this;
    }

    /// <summary>A number cell; the width of its column fits it as #,##0 shows it.</summary>
    public SheetBuilder Number(int column, long value, XlsxStyle style)
    {
        Append(new Cell
        {
            CellReference = Reference(column, RowIndex),
            StyleIndex = style.Index(),
            CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
        });
        Measure(column, value.ToString("#,##0", CultureInfo.InvariantCulture).Length);
        return this;
    }

    /// <summary>A fraction shown as 0.00%; an empty styled cell when there is none.</summary>
    public SheetBuilder Percent(int column, double? fraction, XlsxStyle style)
    {
        var cell = new Cell { CellReference = Reference(column, RowIndex), StyleIndex = style.Index() };
        if (fraction is { } value)
        {
            cell.CellValue = new CellValue(value);
        }

        Append(cell);
        Measure(column, 8);
        return this;
    }

    /// <summary>An empty cell with a style (the borders of a merged range, or of a blank table cell).</summary>
    public SheetBuilder Blank(int column, XlsxStyle style)
    {
        Append(new Cell { CellReference = Reference(column, RowIndex), StyleIndex = style.Index() });
        return this;
    }

    public SheetBuilder Merge(int firstColumn, uint firstRow, int lastColumn, uint lastRow)
    {
        _merges.Add($"{Reference(firstColumn, firstRow)}:{Reference(lastColumn, lastRow)}");
        return this;
    }

    /// <summary>The narrowest and widest a column may be, in characters.</summary>
    public SheetBuilder Width(int column, double minimum, double maximum)
    {
        _minimumWidths[column] = minimum;
        _maximumWidths[column] = maximum;
        return this;
    }

    /// <summary>
    /// The worksheet: headings above <paramref name="firstBodyRow"/> and left of <paramref name="firstBodyColumn"/>
    /// frozen; A4 landscape, fit to one page wide, as many pages tall as it takes.
    /// </summary>
    public Worksheet Build(uint firstBodyRow, int firstBodyColumn, bool selected)
    {
        var topLeft = Reference(firstBodyColumn, firstBodyRow);
        var view = new SheetView(
            new Pane
            {
                HorizontalSplit = firstBodyColumn - 1,
                VerticalSplit = firstBodyRow - 1,
                TopLeftCell = topLeft,
                ActivePane = PaneValues.BottomRight,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.BottomRight, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        {
            WorkbookViewId = 0,
            TabSelected = selected ? true : null,
        };

        var columns = new Columns();
        for (var c = 1; c < _widths.Length; c++)
        {
            // About one character's width of padding; the widths are in characters of the default font.
            var width = Math.Clamp(_widths[c] + 2, _minimumWidths[c], _maximumWidths[c]);
            columns.Append(new Column { Min = (uint)c, Max = (uint)c, Width = Math.Round(width, 1), CustomWidth = true });
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = $"A1:{Reference(_widths.Length - 1, Math.Max(RowIndex, 1))}" },
            new SheetViews(view),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            _data);
        if (_merges.Count > 0)
        {
            worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count });
        }

        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&CTrang &P/&N")));
        return worksheet;
    }

    /// <summary>"C12" from a 1-based column and row.</summary>
    public static string Reference(int column, uint row) => ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnLetters(int column)
    {
        var letters = new StringBuilder();
        for (; column > 0; column = (column - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((column - 1) % 26)));
        }

        return letters.ToString();
    }

    private void Append(Cell cell) =>
        (_row ?? throw new InvalidOperationException("Start a row first.")).Append(cell);

    private void Measure(int column, int characters) => _widths[column] = Math.Max(_widths[column], characters);
}
