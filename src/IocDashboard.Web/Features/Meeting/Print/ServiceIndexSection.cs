using System.Globalization;
using IocDashboard.Domain.Formatting;
using IocDashboard.Reports.Forms.Html;
using IocDashboard.Web.Features.ServiceIndex;

namespace IocDashboard.Web.Features.Meeting.Print;

/// <summary>
/// Part III: the Decision 766 service index of the unit and period as /api/service-index estimates it: the total over
/// the indicators with data ("x / y điểm có dữ liệu"), then each group and its indicators with rate and points, or
/// "chưa có dữ liệu" and why.
/// </summary>
internal static class ServiceIndexSection
{
    public const string Heading = "III. CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QĐ 766)";

    public static void Write(HtmlWriter html, ServiceIndexResponse index)
    {
        html.Open("section", ("class", "service-index"), ("id", "service-index")).Element("h2", Heading)
            .Open("p").Text("Tổng điểm ước tính: ").Element("strong", index.Text)
            .Text($" (thang điểm {VietnameseFormat.Count(index.Maximum)}; chỉ tính các chỉ tiêu có dữ liệu).").Close();
        if (index.ScopeChangedText is { } scope)
        {
            html.Element("p", $"Trong kỳ: {scope}.", ("class", "note"));
        }

        html.Open("table", ("class", "index")).Open("thead").Open("tr")
            .Element("th", "Mã").Element("th", "Nhóm, chỉ tiêu").Element("th", "Điểm tối đa").Element("th", "Tỷ lệ").Element("th", "Điểm")
            .Element("th", "Cách tính điểm, ghi chú")
            .Close().Close().Open("tbody");
        for (var g = 0; g < index.Groups.Count; g++)
        {
            // The groups are numbered as their indicators are (1.1, 1.2, … under group 1); their codes are the API's.
            var group = index.Groups[g];
            html.Open("tr", ("class", "group"))
                .Element("td", (g + 1).ToString(CultureInfo.InvariantCulture), ("class", "ordinal")).Element("td", group.Name, ("class", "name"))
                .Element("td", VietnameseFormat.Count(group.Maximum), ("class", "count"))
                .Element("td", "", ("class", "rate")).Element("td", group.Text, ("class", "points")).Element("td", "")
                .Close();
            foreach (var indicator in group.Indicators)
            {
                var missing = indicator.Points is null;
                html.Open("tr")
                    .Element("td", indicator.Code, ("class", "ordinal")).Element("td", indicator.Name, ("class", "name"))
                    .Element("td", VietnameseFormat.Count(indicator.Maximum), ("class", "count"))
                    .Element("td", indicator.RateText, ("class", "rate"))
                    .Element("td", indicator.PointsText, ("class", missing ? "points missing" : "points"))
                    .Element("td", indicator.MissingReason ?? indicator.RuleText, ("class", missing ? "name missing" : "name"))
                    .Close();
            }
        }

        html.Close().Close().Close();
    }
}
