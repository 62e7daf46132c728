using IocDashboard.Domain.Tasks;
using IocDashboard.Reports.Charts;
using IocDashboard.Reports.Forms.Html;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Summary.Html;

/// <summary>
/// Part III of the summary: the reform tasks by status at the previous period's end and at this one's, the donut of
/// the statuses, the tasks of each reform area and their chart; then the lists (<see cref="TaskLists"/>). A unit that
/// leads no tasks gets the one-line note of <see cref="TaskReport"/>.
/// </summary>
internal static class TaskSection
{
    public const string Heading = "III. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH";

    public static void Write(HtmlWriter html, TaskReport tasks)
    {
        html.Element("h2", Heading);
        if (tasks.Note is { } note)
        {
            html.Element("p", note, ("class", "note"));
        }

        if (tasks is not { AtEnd: { } end, AtPreviousEnd: { } before })
        {
            return;
        }

        var statuses = Enum.GetValues<ReformTaskStatus>();
        html.Element("h3", "1. Tình trạng thực hiện nhiệm vụ");
        html.Open("table", ("class", "figures")).Open("thead").Open("tr")
            .Element("th", "Tình trạng")
            .Element("th", "Đến ngày " + SummaryFormat.Date(before.AsOf))
            .Element("th", "Đến ngày " + SummaryFormat.Date(end.AsOf))
            .Element("th", "Tăng, giảm")
            .Close().Close().Open("tbody");
        foreach (var status in statuses)
        {
            Row(html, null, ReformTaskStatusRule.Label(status), before.Count(status), end.Count(status));
        }

        Row(html, "total", "Tổng số", before.Total, end.Total);
        html.Close().Close();
        if (end.Total > 0)
        {
            ChartFigure.Write(html, TaskStatusChart.Create(end), ChartSizes.Donut, "chart-task-status", "Biểu đồ 2. Tình trạng nhiệm vụ cuối kỳ", "narrow");
        }

        html.Element("h3", "2. Nhiệm vụ theo lĩnh vực cải cách đến ngày " + SummaryFormat.Date(end.AsOf));
        Areas(html, end, statuses);
        if (end.Total > 0)
        {
            ChartFigure.Write(html, TaskAreasChart.Create(end), ChartSizes.Wide, "chart-task-areas", "Biểu đồ 3. Nhiệm vụ theo lĩnh vực cải cách");
        }

        TaskLists.Write(html, tasks);
    }

    private static void Row(HtmlWriter html, string? kind, string name, int before, int now) => html.Open("tr", ("class", kind))
        .Element("td", name, ("class", "name"))
        .Element("td", SummaryFormat.Count(before), ("class", "count"))
        .Element("td", SummaryFormat.Count(now), ("class", "count"))
        .Element("td", now == before ? "0" : (now > before ? "+" : "-") + SummaryFormat.Count(Math.Abs(now - before)), ("class", "count change"))
        .Close();

    private static void Areas(HtmlWriter html, TaskSummary end, IReadOnlyList<ReformTaskStatus> statuses)
    {
        html.Open("table", ("class", "areas")).Open("thead").Open("tr").Element("th", "Lĩnh vực").Element("th", "Tổng số");
        foreach (var status in statuses)
        {
            html.Element("th", ReformTaskStatusRule.Label(status));
        }

        html.Close().Close().Open("tbody");
        foreach (var area in end.ByArea.Where(a => a.Total > 0))
        {
            Counts(html, null, area.Name, area, statuses);
        }

        Counts(html, "total", "Tổng số", end, statuses);
        html.Close().Close();
    }

    private static void Counts(HtmlWriter html, string? kind, string name, TaskStatusCounts counts, IReadOnlyList<ReformTaskStatus> statuses)
    {
        html.Open("tr", ("class", kind)).Element("td", name, ("class", "name")).Element("td", SummaryFormat.Count(counts.Total), ("class", "count"));
        foreach (var status in statuses)
        {
            html.Element("td", SummaryFormat.Count(counts.Count(status)), ("class", "count"));
        }

        html.Close();
    }
}
