using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IocDashboard.Domain.Dossiers;

namespace IocDashboard.Reports.Forms.Xlsx;

/// <summary>
/// Form II.06a as an XLSX workbook: one sheet per table (by procedure field, by unit), each with the form's header
/// lines, its three levels of headings as merged cells, the row of column numbers and the rows with their total.
/// Counts are numbers formatted #,##0; the headings stay in view when scrolling and print on every page.
/// </summary>
public static class AnnexWorkbook
{
    public const string FieldSheet = "Theo lĩnh vực";
    public const string UnitSheet = "Theo đơn vị";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The rows of the layout: header lines 1–6, headings 7–9, column numbers 10, the table's rows from 11.</summary>
    public const uint FirstHeadingRow = 7;

    public const uint ColumnNumberRow = FirstHeadingRow + FormII06a.HeadingLevels;
    public const uint FirstBodyRow = ColumnNumberRow + 1;

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI"];

    public static byte[] ToBytes(WorkloadAnnex annex)
    {
        using var stream = new MemoryStream();
        Write(annex, stream);
        return stream.ToArray();
    }

    public static void Write(WorkloadAnnex annex, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = $"{FormII06a.FormNumber} – {annex.Unit.Name} – {annex.PeriodLabel}";
        document.PackageProperties.Creator = "IOC Tây Ninh";
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();

        var sheets = new Sheets();
        var printTitles = new DefinedNames();
        AddSheet(workbookPart, sheets, printTitles, FieldSheet, FieldTable(annex), selected: true);
        AddSheet(workbookPart, sheets, printTitles, UnitSheet, UnitTable(annex), selected: false);
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets, printTitles);
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, DefinedNames names, string name, SheetBuilder sheet, bool selected)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = sheet.Build(FirstBodyRow, FormII06a.FirstCountColumn, selected);
        var index = (uint)sheets.ChildElements.Count;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = index + 1, Name = name });
        names.Append(new DefinedName($"'{name}'!${FirstHeadingRow}:${ColumnNumberRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = index });
    }

    private static SheetBuilder FieldTable(WorkloadAnnex annex)
    {
        var sheet = Header(annex);
        for (var i = 0; i < annex.Fields.Count; i++)
        {
            Row(sheet, (i + 1).ToString(CultureInfo.InvariantCulture), annex.Fields[i].Name, annex.Fields[i].Measures, XlsxStyle.Ordinal, XlsxStyle.Text, XlsxStyle.Count);
        }

        Row(sheet, "", FormII06a.TotalRow, annex.FieldTotal, XlsxStyle.TotalText, XlsxStyle.TotalText, XlsxStyle.TotalCount);
        return sheet;
    }

    private static SheetBuilder UnitTable(WorkloadAnnex annex)
    {
        var sheet = Header(annex);
        for (var g = 0; g < annex.UnitGroups.Count; g++)
        {
            var group = annex.UnitGroups[g];
            Row(sheet, Roman[Math.Min(g, Roman.Length - 1)], group.Heading, group.Measures, XlsxStyle.GroupOrdinal, XlsxStyle.GroupText, XlsxStyle.GroupCount);
            for (var i = 0; i < group.Rows.Count; i++)
            {
                Row(sheet, (i + 1).ToString(CultureInfo.InvariantCulture), group.Rows[i].Name, group.Rows[i].Measures, XlsxStyle.Ordinal, XlsxStyle.Text, XlsxStyle.Count);
            }
        }

        Row(sheet, "", FormII06a.TotalRow, annex.UnitTotal, XlsxStyle.TotalText, XlsxStyle.TotalText, XlsxStyle.TotalCount);
        return sheet;
    }

    private static void Row(SheetBuilder sheet, string ordinal, string name, WorkloadMeasures measures, XlsxStyle ordinalStyle, XlsxStyle nameStyle, XlsxStyle countStyle)
    {
        sheet.NewRow().Text(1, ordinal, ordinalStyle).Text(2, name, nameStyle, measured: true);
        var counts = FormII06a.Counts(measures);
        for (var i = 0; i < counts.Length; i++)
        {
            sheet.Number(FormII06a.FirstCountColumn + i, counts[i], countStyle);
        }
    }

    /// <summary>The form's header lines, its headings and the row of column numbers.</summary>
    private static SheetBuilder Header(WorkloadAnnex annex)
    {
        const int last = FormII06a.ColumnCount;
        var sheet = new SheetBuilder(last).Width(1, 5, 6).Width(2, 32, 60);
        for (var c = FormII06a.FirstCountColumn; c <= last; c++)
        {
            sheet.Width(c, 11, 16);
        }

        void Line(string text, XlsxStyle style, double? height = null) =>
            sheet.NewRow(height).Text(1, text, style).Merge(1, sheet.RowIndex, last, sheet.RowIndex);

        Line(FormII06a.FormNumber, XlsxStyle.FormNumber);
        Line(FormII06a.Title, XlsxStyle.Title, 36);
        Line("Kỳ báo cáo: " + annex.PeriodLabel, XlsxStyle.PeriodLine, 18);
        Line("Đơn vị báo cáo: " + annex.Unit.Reporter, XlsxStyle.InfoLine);
        Line("Đơn vị nhận báo cáo: " + annex.Unit.Recipient, XlsxStyle.InfoLine);
        Line(FormII06a.CountUnitLine, XlsxStyle.CountUnitLine);

        // Every cell of the heading rows carries the heading style, so that merged ranges keep their borders.
        double[] heights = [30, 24, 45];
        for (var level = 1; level <= FormII06a.HeadingLevels; level++)
        {
            sheet.NewRow(heights[level - 1]);
            for (var column = 1; column <= last; column++)
            {
                var heading = FormII06a.Headings.SingleOrDefault(h => h.TopLevel == level && h.FirstColumn == column);
                if (heading is null)
                {
                    sheet.Blank(column, XlsxStyle.Heading);
                    continue;
                }

                sheet.Text(column, heading.Text, XlsxStyle.Heading);
                if (heading.LastColumn > heading.FirstColumn || heading.BottomLevel > heading.TopLevel)
                {
                    var top = FirstHeadingRow + (uint)heading.TopLevel - 1;
                    sheet.Merge(heading.FirstColumn, top, heading.LastColumn, FirstHeadingRow + (uint)heading.BottomLevel - 1);
                }
            }
        }

        sheet.NewRow();
        for (var column = 1; column <= last; column++)
        {
            sheet.Text(column, FormII06a.ColumnNumber(column), XlsxStyle.ColumnNumber);
        }

        return sheet;
    }
}
