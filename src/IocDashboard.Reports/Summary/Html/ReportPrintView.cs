using IocDashboard.Reports.Forms;
using IocDashboard.Reports.Forms.Html;

namespace IocDashboard.Reports.Summary.Html;

/// <summary>
/// The report of a period as one HTML page to print: the summary in A4 portrait (the header lines, then parts I–IV
/// with the ScottPlot charts inlined as SVG), then the annex, form II.06a, in A4 landscape (<see cref="AnnexPrintView"/>).
/// Chromium lays the pages out from the style sheets' named @page rules; nothing here places a page by hand.
/// </summary>
public static class ReportPrintView
{
    public const string Title = "BÁO CÁO TÌNH HÌNH CẢI CÁCH HÀNH CHÍNH VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";

    /// <summary>The headings of the summary's parts I–IV, in order.</summary>
    public static IReadOnlyList<string> PartHeadings { get; } =
        [SummaryComparison.Heading, PetitionCatalogueSection.Heading, TaskSection.Heading, IndicatorSection.Heading];

    public static string Render(PeriodReport report, PrintFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(report);
        return AnnexPrintView.Render(report.Annex, fonts, html => Summary(html, report), SummaryPrintStyles.Css);
    }

    private static void Summary(HtmlWriter html, PeriodReport report)
    {
        html.Open("section", ("class", "summary"), ("id", "summary"))
            .Element("h1", Title)
            .Element("p", "Kỳ báo cáo: " + report.Annex.PeriodLabel, ("class", "period"))
            .Element("p", "Đơn vị báo cáo: " + report.Unit.Reporter, ("class", "line"))
            .Element("p", "Đơn vị nhận báo cáo: " + report.Unit.Recipient, ("class", "line"))
            .Element("p", $"Phụ lục: {FormII06a.FormNumber} (các trang khổ ngang cuối báo cáo).", ("class", "line"));
        SummaryComparison.Write(html, report);
        PetitionCatalogueSection.Write(html, report);
        TaskSection.Write(html, report.Tasks);
        IndicatorSection.Write(html, report.Indicators);
        html.Close();
    }
}
