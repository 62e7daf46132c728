using IocDashboard.Domain.Tasks;
using IocDashboard.Reports.Forms.Html;

namespace IocDashboard.Reports.Summary.Html;

/// <summary>
/// The lists of part III: the tasks whose status changed during the period (from → to), and the tasks overdue at its
/// end grouped by lead agency, each with its deadline and days overdue.
/// </summary>
internal static class TaskLists
{
    public static void Write(HtmlWriter html, TaskReport tasks)
    {
        var end = tasks.AtEnd!.AsOf;
        html.Element("h3", $"3. Nhiệm vụ thay đổi tình trạng trong kỳ ({SummaryFormat.Count(tasks.Changes.Count)})");
        if (tasks.Changes.Count == 0)
        {
            html.Element("p", "Không có nhiệm vụ thay đổi tình trạng trong kỳ.", ("class", "note"));
        }
        else
        {
            html.Open("table", ("class", "list")).Open("thead").Open("tr")
                .Element("th", "STT").Element("th", "Mã").Element("th", "Nhiệm vụ").Element("th", "Cơ quan chủ trì")
                .Element("th", "Tình trạng đầu kỳ").Element("th", "Tình trạng cuối kỳ")
                .Close().Close().Open("tbody");
            for (var i = 0; i < tasks.Changes.Count; i++)
            {
                var change = tasks.Changes[i];
                html.Open("tr")
                    .Element("td", SummaryFormat.Count(i + 1), ("class", "ordinal"))
                    .Element("td", change.Code, ("class", "code"))
                    .Element("td", change.Title, ("class", "name"))
                    .Element("td", change.LeadAgencyName)
                    .Element("td", ReformTaskStatusRule.Label(change.From))
                    .Element("td", ReformTaskStatusRule.Label(change.To))
                    .Close();
            }

            html.Close().Close();
        }

        var overdue = tasks.Overdue.Sum(g => g.Tasks.Count);
        html.Element("h3", $"4. Nhiệm vụ quá hạn theo cơ quan chủ trì đến ngày {SummaryFormat.Date(end)} ({SummaryFormat.Count(overdue)})");
        if (overdue == 0)
        {
            html.Element("p", "Không có nhiệm vụ quá hạn.", ("class", "note"));
            return;
        }

        html.Open("table", ("class", "list")).Open("thead").Open("tr")
            .Element("th", "STT").Element("th", "Mã").Element("th", "Nhiệm vụ").Element("th", "Hạn hoàn thành").Element("th", "Số ngày quá hạn")
            .Close().Close().Open("tbody");
        foreach (var group in tasks.Overdue)
        {
            html.Open("tr", ("class", "group"))
                .Element("td", $"{group.AgencyName}: {SummaryFormat.Count(group.Tasks.Count)} nhiệm vụ", ("colspan", "5"))
                .Close();
            for (var i = 0; i < group.Tasks.Count; i++)
            {
                var task = group.Tasks[i];
                html.Open("tr")
                    .Element("td", SummaryFormat.Count(i + 1), ("class", "ordinal"))
                    .Element("td", task.Code, ("class", "code"))
                    .Element("td", task.Title, ("class", "name"))
                    .Element("td", SummaryFormat.Date(task.Deadline), ("class", "date"))
                    .Element("td", SummaryFormat.Count(task.DaysOverdue), ("class", "count"))
                    .Close();
            }
        }

        html.Close().Close();
    }
}
