using IocDashboard.Domain.Formatting;
using IocDashboard.Reports.Forms.Html;

namespace IocDashboard.Web.Features.Meeting.Print;

/// <summary>
/// Part V: who is behind at the period's last day, as /api/accountability lists it: the overdue reform tasks by lead
/// agency (most first, each agency's tasks most overdue first), the indicators of the year's plan not achieved with
/// their owner agency, and the units with dossiers pending past their deadline.
/// </summary>
internal static class AccountabilitySection
{
    public const string Heading = "V. TRÁCH NHIỆM";

    public static void Write(HtmlWriter html, AccountabilityResponse accountability)
    {
        html.Open("section", ("class", "accountability"), ("id", "accountability"))
            .Element("h2", $"{Heading} (đến ngày {VietnameseFormat.Date(accountability.AsOf)})");
        OverdueTasks(html, accountability.OverdueTasksByLeadAgency);
        PrintList.Write(html, $"2. Chỉ tiêu kế hoạch năm {accountability.Year} chưa đạt", accountability.IndicatorsNotAchieved,
            new PrintColumn<IndicatorNotAchievedItem>("Mã", "code", i => i.Code),
            new("Chỉ tiêu", "name", i => i.Name),
            new("Cơ quan phụ trách", "name", i => i.OwnerAgencyName ?? "—"),
            new("Kế hoạch", "count", i => i.TargetText),
            new("Thực hiện", "count", i => i.ActualText),
            new("Chênh lệch", "count", i => i.GapText));
        PrintList.Write(html, "3. Đơn vị có hồ sơ đang giải quyết quá hạn", accountability.UnitsWithOverdueDossiers,
            new PrintColumn<UnitOverdueDossiers>("Đơn vị", "name", u => u.Name),
            new("Hồ sơ quá hạn", "count", u => u.OverdueText));
        html.Close();
    }

    /// <summary>A row per lead agency with its count, its tasks under it.</summary>
    private static void OverdueTasks(HtmlWriter html, IReadOnlyList<AgencyOverdueTasks> agencies)
    {
        html.Element("h3", $"1. Nhiệm vụ quá hạn theo cơ quan chủ trì ({VietnameseFormat.Count(agencies.Sum(a => a.Count))})");
        if (agencies.Count == 0)
        {
            html.Element("p", PrintList.None, ("class", "none"));
            return;
        }

        html.Open("table", ("class", "list")).Open("thead").Open("tr")
            .Element("th", "Mã").Element("th", "Cơ quan chủ trì, nhiệm vụ").Element("th", "Hạn hoàn thành").Element("th", "Số ngày quá hạn")
            .Close().Close().Open("tbody");
        foreach (var agency in agencies)
        {
            html.Open("tr", ("class", "group"))
                .Element("td", "", ("class", "code"))
                .Element("td", $"{agency.Name} ({VietnameseFormat.Count(agency.Count)} nhiệm vụ)", ("class", "name"))
                .Element("td", "").Element("td", "")
                .Close();
            foreach (var task in agency.Tasks)
            {
                html.Open("tr")
                    .Element("td", task.Code, ("class", "code")).Element("td", task.Title, ("class", "name"))
                    .Element("td", PrintList.Date(task.Deadline), ("class", "date"))
                    .Element("td", VietnameseFormat.Count(task.DaysOverdue), ("class", "count"))
                    .Close();
            }
        }

        html.Close().Close();
    }
}
