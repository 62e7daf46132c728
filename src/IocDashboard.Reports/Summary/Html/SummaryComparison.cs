using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Periods;
using IocDashboard.Reports.Charts;
using IocDashboard.Reports.Forms;
using IocDashboard.Reports.Forms.Html;

namespace IocDashboard.Reports.Summary.Html;

/// <summary>
/// Part I of the summary: the form's columns (3)–(13) and the on-time and online rates of the period beside the
/// previous period and the same period a year before, each with its change (relative for counts, in points for
/// rates). A comparison across a change of the units counted shows the figures and says so instead of a change.
/// Then the twelve months' trend chart (dossiers received each month, a cohort measure, as the wall shows it).
/// </summary>
internal static class SummaryComparison
{
    public const string Heading = "I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";

    public const string OnTimeRate = "Tỷ lệ giải quyết đúng hạn ((8)+(9))/(7)";

    public const string OnlineRate = "Tỷ lệ tiếp nhận trực tuyến (4)/((4)+(5))";

    public static void Write(HtmlWriter html, PeriodReport report)
    {
        var comparison = report.Workload;
        html.Element("h2", Heading)
            .Element("p", $"Số liệu của {report.Unit.Name} và các đơn vị trực thuộc, mọi cấp thủ tục; các cột theo {FormII06a.FormNumber}.", ("class", "note"));
        html.Open("table", ("class", "comparison")).Open("thead").Open("tr").Element("th", "Chỉ tiêu");
        Period(html, "Kỳ này", report.Days);
        foreach (var other in comparison.Others)
        {
            Period(html, other.Heading, other.Days);
            html.Element("th", "Tăng, giảm");
        }

        html.Close().Close().Open("tbody");
        var now = FormII06a.Counts(comparison.Current);
        for (var i = 0; i < now.Length; i++)
        {
            var index = i;
            Row(html, $"{FormII06a.ColumnNumber(FormII06a.FirstCountColumn + i)} {AnnexSummary.HeadingPath(FormII06a.FirstCountColumn + i)}",
                SummaryFormat.Count(now[i]), comparison.Others, m => SummaryFormat.Count(FormII06a.Counts(m)[index]),
                m => SummaryFormat.Change(MeasureChange.Relative(now[index], FormII06a.Counts(m)[index])), null);
        }

        Rate(html, OnTimeRate, comparison, m => m.OnTimeRate);
        Rate(html, OnlineRate, comparison, m => m.OnlineRate);
        html.Close().Close();

        foreach (var other in comparison.Others.Where(o => o.Note is not null))
        {
            var period = other.Term is null ? "" : $" ({other.Term.Name})";
            var reason = other.ScopeChangedOn is null
                ? other.Note
                : other.Note + ": các đơn vị được tính trước và sau ngày này khác nhau, nên không tính tăng, giảm";
            html.Element("p", $"{other.Heading}{period}: {reason}.", ("class", "note"));
        }

        ChartFigure.Write(html, DossierTrendChart.Create(report.Trend.Months, report.Unit.Name, report.Trend.AsOf, OnTimeThresholds.Default),
            ChartSizes.Wide, "chart-dossier-trend", "Biểu đồ 1. Hồ sơ tiếp nhận từng tháng và tỷ lệ giải quyết đúng hạn của các hồ sơ đó, 12 tháng đến cuối kỳ");
    }

    private static void Period(HtmlWriter html, string heading, ReportingPeriod? days)
    {
        html.Open("th").Text(heading);
        if (days is not null)
        {
            html.Void("br").Open("span", ("class", "days")).Text($"{SummaryFormat.Date(days.From)} – {SummaryFormat.Date(days.To)}").Close();
        }

        html.Close();
    }

    private static void Rate(HtmlWriter html, string name, WorkloadComparison comparison, Func<WorkloadMeasures, double?> rate) =>
        Row(html, name, SummaryFormat.Percent(rate(comparison.Current)), comparison.Others, m => SummaryFormat.Percent(rate(m)),
            m => SummaryFormat.Points(MeasureChange.Points(rate(comparison.Current), rate(m))), "rate");

    private static void Row(
        HtmlWriter html, string name, string now, IReadOnlyList<ComparedTerm> others,
        Func<WorkloadMeasures, string> value, Func<WorkloadMeasures, string> change, string? kind)
    {
        html.Open("tr", ("class", kind)).Element("td", name, ("class", "name")).Element("td", now, ("class", "count"));
        foreach (var other in others)
        {
            html.Element("td", other.Measures is { } m ? value(m) : SummaryFormat.None, ("class", "count"))
                .Element("td", other.Comparable ? change(other.Measures!) : SummaryFormat.None, ("class", "count change"));
        }

        html.Close();
    }
}
