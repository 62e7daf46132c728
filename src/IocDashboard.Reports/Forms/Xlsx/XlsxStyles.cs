using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IocDashboard.Reports.Forms.Xlsx;

/// <summary>The cell formats of the report workbooks, by their index in the stylesheet's cellXfs.</summary>
internal enum XlsxStyle : uint
{
    Default = 0,
    FormNumber,
    Title,
    PeriodLine,
    InfoLine,
    CountUnitLine,
    Heading,
    ColumnNumber,
    Ordinal,
    Text,
    Count,
    GroupOrdinal,
    GroupText,
    GroupCount,
    TotalText,
    TotalCount,
    Percent,
}

/// <summary>
/// The stylesheet: Times New Roman (as official documents), thin borders on the table, counts as #,##0 and rates as
/// 0.00%. It carries cellStyleXfs and cellStyles ("Normal"), which some readers warn about when missing.
/// </summary>
internal static class XlsxStyles
{
    private const uint CountFormat = 164; // #,##0
    private const uint PercentFormat = 10; // built in: 0.00%

    private enum FontId : uint { Regular, Bold, Title, Italic, BoldItalic }

    public static Stylesheet Create()
    {
        var fonts = new Fonts(
            Font(bold: false, italic: false, size: 11),
            Font(bold: true, italic: false, size: 11),
            Font(bold: true, italic: false, size: 13),
            Font(bold: false, italic: true, size: 11),
            Font(bold: true, italic: true, size: 11)) { Count = 5 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7EEF7" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 };

        // In the order of XlsxStyle.
        var formats = new CellFormat[]
        {
            Format(FontId.Regular, border: false),
            Format(FontId.Bold, border: false, HorizontalAlignmentValues.Left),
            Format(FontId.Title, border: false, HorizontalAlignmentValues.Center, wrap: true),
            Format(FontId.BoldItalic, border: false, HorizontalAlignmentValues.Center, wrap: true),
            Format(FontId.Regular, border: false, HorizontalAlignmentValues.Left),
            Format(FontId.Italic, border: false, HorizontalAlignmentValues.Right),
            Format(FontId.Bold, border: true, HorizontalAlignmentValues.Center, wrap: true, fill: 2),
            Format(FontId.Italic, border: true, HorizontalAlignmentValues.Center, fill: 2),
            Format(FontId.Regular, border: true, HorizontalAlignmentValues.Center),
            Format(FontId.Regular, border: true, HorizontalAlignmentValues.Left, wrap: true),
            Format(FontId.Regular, border: true, numberFormat: CountFormat),
            Format(FontId.Bold, border: true, HorizontalAlignmentValues.Center),
            Format(FontId.Bold, border: true, HorizontalAlignmentValues.Left, wrap: true),
            Format(FontId.Bold, border: true, numberFormat: CountFormat),
            Format(FontId.Bold, border: true, HorizontalAlignmentValues.Center, fill: 2),
            Format(FontId.Bold, border: true, numberFormat: CountFormat, fill: 2),
            Format(FontId.Regular, border: true, numberFormat: PercentFormat),
        };

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = CountFormat, FormatCode = "#,##0" }) { Count = 1 },
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(formats) { Count = (uint)formats.Length },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(bool bold, bool italic, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Times New Roman" }, new FontFamilyNumbering { Val = 1 });
        return font;
    }

    private static CellFormat Format(
        FontId font, bool border, HorizontalAlignmentValues? horizontal = null, bool wrap = false, uint numberFormat = 0, uint fill = 0)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = (uint)font,
            FillId = fill,
            BorderId = border ? 1U : 0U,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = font != FontId.Regular,
            ApplyFill = fill != 0,
            ApplyBorder = border,
        };
        if (horizontal is not null || wrap || border)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment
            {
                Horizontal = horizontal,
                Vertical = VerticalAlignmentValues.Center,
                WrapText = wrap ? true : null,
            });
        }

        return format;
    }

    public static UInt32Value Index(this XlsxStyle style) => (uint)style;
}
