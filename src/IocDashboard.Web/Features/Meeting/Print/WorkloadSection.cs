using IocDashboard.Domain.Formatting;
using IocDashboard.Reports.Forms.Html;
using IocDashboard.Web.Features.Dossiers;

namespace IocDashboard.Web.Features.Meeting.Print;

/// <summary>
/// Part I: the unit's six key figures of the period (the meeting page's cards) beside the previous period and the
/// same period a year before, each with its change (<see cref="ChangeCell"/>); a comparison across a change of the
/// units counted (the 2025 merger) says so in its heading and under the table.
/// </summary>
internal static class WorkloadSection
{
    public const string Heading = "I. HỒ SƠ THỦ TỤC HÀNH CHÍNH";

    private sealed record Kpi(
        string Name, Func<WorkloadMeasuresDto, string> Value, Action<HtmlWriter, WorkloadComparisonDto> Change, string Kind);

    private static readonly Kpi[] Kpis =
    [
        Count("Tiếp nhận", m => m.Received, c => c.Received, Better.Neither),
        Count("Đã giải quyết", m => m.Resolved, c => c.Resolved, Better.Higher),
        Rate("Tỷ lệ giải quyết đúng hạn", m => m.OnTimeRateText, c => c.OnTimeRate, Better.Higher),
        Count("Giải quyết trễ hạn", m => m.Late, c => c.Late, Better.Lower),
        Count("Đang giải quyết quá hạn", m => m.Overdue, c => c.Overdue, Better.Lower),
        Rate("Tỷ lệ tiếp nhận trực tuyến", m => m.OnlineRateText, c => c.OnlineRate, Better.Higher),
    ];

    public static void Write(HtmlWriter html, WorkloadResponse workload)
    {
        var comparisons = workload.Comparisons ?? [];
        html.Open("section", ("class", "workload"), ("id", "workload")).Element("h2", Heading)
            .Element("p", $"Số liệu của {workload.UnitName} và các đơn vị trực thuộc, mọi cấp thủ tục, "
                + $"từ {VietnameseFormat.Date(workload.From)} đến {VietnameseFormat.Date(workload.To)}.", ("class", "note"));
        html.Open("table", ("class", "kpis")).Open("thead").Open("tr").Element("th", "Chỉ tiêu").Element("th", "Kỳ này");
        foreach (var comparison in comparisons)
        {
            html.Open("th").Text(ComparisonHeading(comparison.Kind))
                .Element("span", $"{VietnameseFormat.Date(comparison.From)} – {VietnameseFormat.Date(comparison.To)}", ("class", "days"));
            if (comparison.ScopeChangedText is { } scope)
            {
                html.Element("span", scope, ("class", "scope"));
            }

            html.Close();
        }

        html.Close().Close().Open("tbody");
        foreach (var kpi in Kpis)
        {
            html.Open("tr").Element("td", kpi.Name, ("class", "name")).Element("td", kpi.Value(workload.Total), ("class", kpi.Kind));
            foreach (var comparison in comparisons)
            {
                kpi.Change(html, comparison);
            }

            html.Close();
        }

        html.Close().Close();
        foreach (var note in Notes(workload))
        {
            html.Element("p", note, ("class", "note"));
        }

        html.Close();
    }

    /// <summary>"So với kỳ trước", "So với cùng kỳ năm trước": the comparisons /api/dossiers/workload names previous and lastYear.</summary>
    public static string ComparisonHeading(string kind) => kind == "previous" ? "So với kỳ trước" : "So với cùng kỳ năm trước";

    private static IEnumerable<string> Notes(WorkloadResponse workload)
    {
        if (workload.ScopeChangedText is { } inPeriod)
        {
            yield return $"Trong kỳ: {inPeriod}.";
        }

        if (workload.ApproximateText is { } approximate)
        {
            yield return $"Số liệu {approximate}.";
        }

        foreach (var comparison in (workload.Comparisons ?? []).Where(c => c.ScopeChangedText is not null))
        {
            yield return $"{ComparisonHeading(comparison.Kind)}: {comparison.ScopeChangedText}; các đơn vị được tính ở hai kỳ khác nhau, "
                + "mức tăng, giảm chỉ để tham khảo.";
        }
    }

    private static Kpi Count(string name, Func<WorkloadMeasuresDto, long> value, Func<WorkloadChangeDto, CountChangeDto> change, Better better) =>
        new(name, m => VietnameseFormat.Count(value(m)), (html, c) => ChangeCell.Count(html, change(c.Change), value(c), better), "count");

    private static Kpi Rate(string name, Func<WorkloadMeasuresDto, string> text, Func<WorkloadChangeDto, RateChangeDto> change, Better better) =>
        new(name, text, (html, c) => ChangeCell.Rate(html, change(c.Change), text(c), better), "rate");
}
