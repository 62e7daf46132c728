using System.Globalization;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;
using IocDashboard.Reports.Forms.Html;
using IocDashboard.Web.Features.Dossiers;

namespace IocDashboard.Web.Features.Meeting.Print;

/// <summary>
/// Part II: the workload's breakdown. By unit, the units ranked by on-time rate, worst first, as the meeting page
/// ranks them: only a rate over at least <see cref="ShownRate.MinimumCases"/> resolved dossiers is ranked and coloured
/// with the meeting's bands (<see cref="MeetingBands"/>); the others follow, unranked, in the API's order. By
/// field, the fields in the API's order (most to handle first), their rates coloured by the same rule.
/// </summary>
internal static class BreakdownSection
{
    public const string UnitsHeading = "II. XẾP HẠNG ĐƠN VỊ THEO TỶ LỆ GIẢI QUYẾT ĐÚNG HẠN";
    public const string FieldsHeading = "II. KẾT QUẢ GIẢI QUYẾT THEO LĨNH VỰC";

    public static void Write(HtmlWriter html, WorkloadResponse workload, MeetingView view, OnTimeThresholds bands)
    {
        var rows = workload.Rows ?? [];
        var ranked = view == MeetingView.Units;
        html.Open("section", ("class", "breakdown"), ("id", "breakdown")).Element("h2", ranked ? UnitsHeading : FieldsHeading)
            .Element("p", ranked
                ? $"Đơn vị xếp từ tỷ lệ đúng hạn thấp nhất; đơn vị giải quyết dưới {ShownRate.MinimumCases} hồ sơ trong kỳ không xếp hạng và không tô màu. "
                    + $"Màu: xanh từ {VietnameseFormat.Percent(bands.Green)}, vàng từ {VietnameseFormat.Percent(bands.Amber)}, đỏ dưới mức đó."
                : $"Lĩnh vực xếp theo số hồ sơ phải giải quyết, nhiều nhất trước; tỷ lệ trên dưới {ShownRate.MinimumCases} hồ sơ đã giải quyết không tô màu.",
                ("class", "note"));
        html.Open("table", ("class", "ranking")).Open("thead").Open("tr")
            .Element("th", ranked ? "Hạng" : "STT").Element("th", ranked ? "Đơn vị" : "Lĩnh vực")
            .Element("th", "Tiếp nhận").Element("th", "Đã giải quyết").Element("th", "Giải quyết trễ hạn")
            .Element("th", "Đang giải quyết quá hạn").Element("th", "Tỷ lệ giải quyết đúng hạn").Element("th", "Tỷ lệ tiếp nhận trực tuyến")
            .Close().Close().Open("tbody");
        var listed = ranked ? Ranked(rows) : rows.Select((r, i) => (Row: r, Place: (int?)(i + 1))).ToList();
        foreach (var (row, place) in listed)
        {
            Row(html, place?.ToString(CultureInfo.InvariantCulture) ?? "–", row.Name, row, null, bands);
        }

        Row(html, "", "Tổng cộng", workload.Total, "total", bands);
        html.Close().Close().Close();
    }

    /// <summary>The rows with a shown rate from the lowest (ranked 1, 2, …), then the others unranked.</summary>
    public static List<(WorkloadRowDto Row, int? Place)> Ranked(IReadOnlyList<WorkloadRowDto> rows)
    {
        var shown = rows.Where(r => Shown(r) is not null).OrderBy(r => Shown(r)).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select((r, i) => (r, (int?)(i + 1)));
        return [.. shown, .. rows.Where(r => Shown(r) is null).Select(r => (r, (int?)null))];
    }

    private static double? Shown(WorkloadMeasuresDto m) => ShownRate.Of(m.OnTimeRate, m.Resolved);

    private static void Row(HtmlWriter html, string place, string name, WorkloadMeasuresDto m, string? kind, OnTimeThresholds bands)
    {
        var band = kind is null && bands.LevelOf(Shown(m)) is { } level ? " " + MeetingPrintStyles.BandClass(level) : "";
        html.Open("tr", ("class", kind))
            .Element("td", place, ("class", "ordinal")).Element("td", name, ("class", "name"))
            .Element("td", VietnameseFormat.Count(m.Received), ("class", "count"))
            .Element("td", VietnameseFormat.Count(m.Resolved), ("class", "count"))
            .Element("td", VietnameseFormat.Count(m.Late), ("class", "count"))
            .Element("td", VietnameseFormat.Count(m.Overdue), ("class", "count"))
            .Element("td", m.OnTimeRateText, ("class", "rate" + band))
            .Element("td", m.OnlineRateText, ("class", "rate"))
            .Close();
    }
}
