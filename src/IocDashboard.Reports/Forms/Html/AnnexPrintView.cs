using System.Globalization;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Reports.Forms.Xlsx;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Forms.Html;

/// <summary>
/// Form II.06a as one HTML page for printing: a summary page (A4 portrait, <see cref="AnnexSummary"/>), then (A4
/// landscape) for each table (by procedure field, by unit) the form's
/// header lines, the 13 columns under their three levels of headings (th with colspan and rowspan from
/// <see cref="FormII06a.Headings"/>), the row of column numbers, the rows and the total, counts written 270.497.
/// Each part starts on a new page; the headings repeat on every page.
/// </summary>
public static class AnnexPrintView
{
    public const string ContentType = "text/html; charset=utf-8";

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI"];

    public static string Render(WorkloadAnnex annex, PrintFonts fonts) => Render(annex, fonts, html => AnnexSummary.Write(html, annex), null);

    /// <summary>
    /// The page with <paramref name="summary"/> (A4 portrait, a section of class "summary") before the form's two tables,
    /// and <paramref name="css"/> after the form's style sheet.
    /// </summary>
    internal static string Render(WorkloadAnnex annex, PrintFonts fonts, Action<HtmlWriter> summary, string? css)
    {
        ArgumentNullException.ThrowIfNull(annex);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(summary);
        var html = new HtmlWriter();
        html.Open("html", ("lang", "vi")).Open("head")
            .Void("meta", ("charset", "utf-8"))
            .Element("title", $"{FormII06a.FormNumber} – {annex.Unit.Name} – {annex.Term.Name}");
        if (fonts.StylesheetHref is { } href)
        {
            html.Void("link", ("rel", "stylesheet"), ("href", href));
        }

        if (fonts.FontFaces is { } faces)
        {
            html.Style(faces);
        }

        html.Style(AnnexPrintStyles.Css);
        if (css is not null)
        {
            html.Style(css);
        }

        html.Close().Open("body");
        summary(html);
        Table(html, annex, AnnexWorkbook.FieldSheet, "by-field", FieldRows);
        Table(html, annex, AnnexWorkbook.UnitSheet, "by-unit", UnitRows);
        return html.Close().Close().ToString();
    }

    private static void Table(HtmlWriter html, WorkloadAnnex annex, string caption, string id, Action<HtmlWriter, WorkloadAnnex> rows)
    {
        html.Open("section", ("class", "table"), ("id", id));
        html.Element("p", FormII06a.FormNumber, ("class", "form-number"))
            .Element("h1", FormII06a.Title)
            .Element("p", "Kỳ báo cáo: " + annex.PeriodLabel, ("class", "period"))
            .Element("p", "Đơn vị báo cáo: " + annex.Unit.Reporter, ("class", "line"))
            .Element("p", "Đơn vị nhận báo cáo: " + annex.Unit.Recipient, ("class", "line"))
            .Element("p", FormII06a.CountUnitLine, ("class", "count-unit"))
            .Element("h2", caption);
        html.Open("table");
        Columns(html);
        Headings(html);
        html.Open("tbody");
        rows(html, annex);
        html.Close().Close().Close();
    }

    /// <summary>Fixed widths: the names take a quarter of the page, the eleven counts share the rest evenly.</summary>
    private static void Columns(HtmlWriter html)
    {
        html.Open("colgroup").Void("col", ("class", "ordinal")).Void("col", ("class", "name"));
        for (var column = FormII06a.FirstCountColumn; column <= FormII06a.ColumnCount; column++)
        {
            html.Void("col", ("class", "count"));
        }

        html.Close();
    }

    private static void Headings(HtmlWriter html)
    {
        html.Open("thead");
        for (var level = 1; level <= FormII06a.HeadingLevels; level++)
        {
            html.Open("tr");
            foreach (var heading in FormII06a.Headings.Where(h => h.TopLevel == level).OrderBy(h => h.FirstColumn))
            {
                html.Element("th", heading.Text,
                    ("colspan", Span(heading.LastColumn - heading.FirstColumn + 1)),
                    ("rowspan", Span(heading.BottomLevel - heading.TopLevel + 1)),
                    ("scope", heading.LastColumn > heading.FirstColumn ? "colgroup" : "col"));
            }

            html.Close();
        }

        html.Open("tr", ("class", "numbers"));
        for (var column = 1; column <= FormII06a.ColumnCount; column++)
        {
            html.Element("th", FormII06a.ColumnNumber(column));
        }

        html.Close().Close();
    }

    private static void FieldRows(HtmlWriter html, WorkloadAnnex annex)
    {
        for (var i = 0; i < annex.Fields.Count; i++)
        {
            Row(html, null, (i + 1).ToString(CultureInfo.InvariantCulture), annex.Fields[i].Name, annex.Fields[i].Measures);
        }

        Row(html, "total", "", FormII06a.TotalRow, annex.FieldTotal);
    }

    private static void UnitRows(HtmlWriter html, WorkloadAnnex annex)
    {
        for (var g = 0; g < annex.UnitGroups.Count; g++)
        {
            var group = annex.UnitGroups[g];
            Row(html, "group", Roman[Math.Min(g, Roman.Length - 1)], group.Heading, group.Measures);
            IReadOnlyList<WorkloadRow> rows = group.Rows;
            for (var i = 0; i < rows.Count; i++)
            {
                Row(html, null, (i + 1).ToString(CultureInfo.InvariantCulture), rows[i].Name, rows[i].Measures);
            }
        }

        Row(html, "total", "", FormII06a.TotalRow, annex.UnitTotal);
    }

    private static void Row(HtmlWriter html, string? kind, string ordinal, string name, WorkloadMeasures measures)
    {
        html.Open("tr", ("class", kind))
            .Element("td", ordinal, ("class", "ordinal"))
            .Element("td", name, ("class", "name"));
        foreach (var count in FormII06a.Counts(measures))
        {
            html.Element("td", VietnameseNumbers.Count(count), ("class", "count"));
        }

        html.Close();
    }

    private static string? Span(int cells) => cells > 1 ? cells.ToString(CultureInfo.InvariantCulture) : null;
}
