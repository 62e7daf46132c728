using IocDashboard.Domain.Tasks;

namespace IocDashboard.Warehouse.Queries;

/// <summary>The overdue tasks of one lead agency on a date, most overdue first.</summary>
public sealed record OverdueGroup(string AgencyCode, string AgencyName, IReadOnlyList<ReformTaskOnDate> Tasks);

/// <summary>
/// The reform tasks in progress past their deadline on a date, grouped by lead agency: the agency with the most first
/// (then by code), each agency's most overdue first (then by code). The printed report and /api/accountability list
/// them so.
/// </summary>
public static class OverdueTasks
{
    public static IReadOnlyList<OverdueGroup> ByLeadAgency(IEnumerable<ReformTaskOnDate> onDate) => onDate
        .Where(t => t.Status == ReformTaskStatus.InProgressOverdue)
        .GroupBy(t => (t.LeadAgencyCode, t.LeadAgencyName))
        .Select(g => new OverdueGroup(g.Key.LeadAgencyCode, g.Key.LeadAgencyName,
            g.OrderByDescending(t => t.DaysOverdue).ThenBy(t => t.Code, StringComparer.Ordinal).ToList()))
        .OrderByDescending(g => g.Tasks.Count)
        .ThenBy(g => g.AgencyCode, StringComparer.Ordinal)
        .ToList();
}
