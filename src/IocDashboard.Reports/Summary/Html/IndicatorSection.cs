using IocDashboard.Domain.Indicators;
using IocDashboard.Reports.Charts;
using IocDashboard.Reports.Forms.Html;

namespace IocDashboard.Reports.Summary.Html;

/// <summary>
/// Part IV of the summary: the indicators of the year's plan at the period's end, each with its target, latest value,
/// standing and signed gap (actual − target), and the chart of target against actual; a unit's report carries the note.
/// </summary>
internal static class IndicatorSection
{
    public const string Heading = "IV. CHỈ TIÊU CHUYỂN ĐỔI SỐ";

    public static void Write(HtmlWriter html, IndicatorReport indicators)
    {
        html.Element("h2", Heading);
        if (indicators.Note is { } note)
        {
            html.Element("p", note, ("class", "note"));
        }

        if (indicators.Summary is not { } summary)
        {
            return;
        }

        html.Element("p", $"Kế hoạch năm {summary.Year}, số liệu đến ngày {SummaryFormat.Date(summary.AsOf)}: {summary.AchievedText}.", ("class", "line"));
        html.Open("table", ("class", "list indicators")).Open("thead").Open("tr")
            .Element("th", "STT").Element("th", "Mã").Element("th", "Chỉ tiêu").Element("th", "Mục tiêu năm")
            .Element("th", "Thực hiện").Element("th", "Đánh giá").Element("th", "Chênh lệch")
            .Close().Close().Open("tbody");
        for (var i = 0; i < summary.Items.Count; i++)
        {
            var item = summary.Items[i];
            var standing = IndicatorReport.Standing(item);
            html.Open("tr", ("class", standing == IndicatorStanding.NotAchieved ? "short" : null))
                .Element("td", SummaryFormat.Count(i + 1), ("class", "ordinal"))
                .Element("td", item.Code, ("class", "code"))
                .Element("td", item.Name, ("class", "name"))
                .Element("td", item.TargetText, ("class", "count"))
                .Element("td", item.ActualText, ("class", "count"))
                .Element("td", IndicatorReport.Label(standing))
                .Element("td", SummaryFormat.Gap(IndicatorReport.Gap(item), item.Unit), ("class", "count"))
                .Close();
        }

        html.Close().Close();
        ChartFigure.Write(html, IndicatorChart.Create(summary), ChartSizes.Tall, "chart-indicators", "Biểu đồ 4. Chỉ tiêu chuyển đổi số: thực hiện so với mục tiêu năm");
    }
}
