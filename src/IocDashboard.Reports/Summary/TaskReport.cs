using IocDashboard.Domain.Tasks;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Summary;

/// <summary>A reform task whose status at the period's end differs from its status at the previous period's end.</summary>
public sealed record TaskChange(string Code, string Title, string LeadAgencyName, ReformTaskStatus From, ReformTaskStatus To);

/// <summary>
/// The reform tasks of the report: the province's 176 for the province, those an agency leads for an agency. A commune,
/// ward, district or service centre leads none, so its report carries <see cref="Note"/> and no figures.
/// <see cref="AtEnd"/> and <see cref="AtPreviousEnd"/> are /api/tasks/summary's figures on the period's last day and on
/// the day before it began (the previous period's last day).
/// </summary>
public sealed record TaskReport(
    string? Note, TaskSummary? AtEnd, TaskSummary? AtPreviousEnd, IReadOnlyList<TaskChange> Changes, IReadOnlyList<OverdueGroup> Overdue)
{
    public const string ProvinceLevelNote =
        "Nhiệm vụ cải cách hành chính do các sở, ban, ngành chủ trì và được theo dõi, báo cáo ở cấp tỉnh (xem báo cáo của tỉnh).";

    public static TaskReport ProvinceLevelOnly { get; } = new(ProvinceLevelNote, null, null, [], []);

    /// <summary>
    /// The report from the tasks on the two dates (as <see cref="TaskQueries.OnDateAsync"/> reads them) and the areas,
    /// keeping the tasks <paramref name="included"/> accepts; <paramref name="note"/> says which when not all.
    /// </summary>
    public static TaskReport Of(
        DateOnly end, IReadOnlyList<ReformTaskOnDate> atEnd, DateOnly previousEnd, IReadOnlyList<ReformTaskOnDate> atPreviousEnd,
        IReadOnlyList<ReformAreaInfo> areas, Func<ReformTaskOnDate, bool> included, string? note)
    {
        var now = atEnd.Where(included).ToList();
        var before = atPreviousEnd.Where(included).ToDictionary(t => t.Code, StringComparer.Ordinal);
        var changes = now
            .Where(t => before.TryGetValue(t.Code, out var b) && b.Status != t.Status)
            .Select(t => new TaskChange(t.Code, t.Title, t.LeadAgencyName, before[t.Code].Status, t.Status))
            .ToList();
        var overdue = OverdueTasks.ByLeadAgency(now);
        return new TaskReport(note, TaskSummary.Of(end, now, areas), TaskSummary.Of(previousEnd, before.Values.ToList(), areas), changes, overdue);
    }
}
