using IocDashboard.Domain.Tasks;

namespace IocDashboard.Warehouse.Queries;

/// <summary>Reform tasks counted by their status on a date.</summary>
public record TaskStatusCounts
{
    public int Total { get; init; }

    public int InProgressOnTime { get; init; }

    public int InProgressOverdue { get; init; }

    public int CompletedOnTime { get; init; }

    public int CompletedLate { get; init; }

    public int CompletedAwaitingConfirmation { get; init; }

    public int Count(ReformTaskStatus status) => status switch
    {
        ReformTaskStatus.InProgressOnTime => InProgressOnTime,
        ReformTaskStatus.InProgressOverdue => InProgressOverdue,
        ReformTaskStatus.CompletedOnTime => CompletedOnTime,
        ReformTaskStatus.CompletedLate => CompletedLate,
        ReformTaskStatus.CompletedAwaitingConfirmation => CompletedAwaitingConfirmation,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Copies the counts of <paramref name="tasks"/> into a record that carries its own identifying fields.</summary>
    public static T Fill<T>(T target, IReadOnlyCollection<ReformTaskOnDate> tasks)
        where T : TaskStatusCounts => target with
        {
            Total = tasks.Count,
            InProgressOnTime = tasks.Count(t => t.Status == ReformTaskStatus.InProgressOnTime),
            InProgressOverdue = tasks.Count(t => t.Status == ReformTaskStatus.InProgressOverdue),
            CompletedOnTime = tasks.Count(t => t.Status == ReformTaskStatus.CompletedOnTime),
            CompletedLate = tasks.Count(t => t.Status == ReformTaskStatus.CompletedLate),
            CompletedAwaitingConfirmation = tasks.Count(t => t.Status == ReformTaskStatus.CompletedAwaitingConfirmation),
        };
}

/// <summary>The counts of one reform area.</summary>
public sealed record AreaTaskCounts : TaskStatusCounts
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public bool IsReformArea { get; init; }
}

/// <summary>
/// The reform tasks by status on a date, overall and per reform area: the one computation behind
/// /api/tasks/summary, the wall's task panel and the task charts.
/// </summary>
public sealed record TaskSummary : TaskStatusCounts
{
    public DateOnly AsOf { get; init; }

    public IReadOnlyList<AreaTaskCounts> ByArea { get; init; } = [];

    /// <summary>The summary of tasks already read for the date (the wall reads them once for the counts and the overdue list).</summary>
    public static TaskSummary Of(DateOnly day, IReadOnlyList<ReformTaskOnDate> onDate, IReadOnlyList<ReformAreaInfo> areas) =>
        Fill(new TaskSummary
        {
            AsOf = day,
            ByArea = areas
                .Select(a => Fill(new AreaTaskCounts { Code = a.Code, Name = a.Name, IsReformArea = a.IsReformArea }, onDate.Where(t => t.AreaCode == a.Code).ToList()))
                .ToList(),
        }, onDate);
}
