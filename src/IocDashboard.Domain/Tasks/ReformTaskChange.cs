namespace IocDashboard.Domain.Tasks;

/// <summary>How a reform task's status moved between two dates, as the leadership meeting asks about it.</summary>
public static class ReformTaskChange
{
    /// <summary>Completion reported, whether confirmed yet or not.</summary>
    public static bool IsCompleted(ReformTaskStatus status) =>
        status is ReformTaskStatus.CompletedOnTime or ReformTaskStatus.CompletedLate or ReformTaskStatus.CompletedAwaitingConfirmation;

    /// <summary>In progress past its deadline at the later date and not at the earlier one.</summary>
    public static bool BecameOverdue(ReformTaskStatus before, ReformTaskStatus after) =>
        after == ReformTaskStatus.InProgressOverdue && before != ReformTaskStatus.InProgressOverdue;

    /// <summary>Not completed at the earlier date, completed (reported) at the later one.</summary>
    public static bool WasCompleted(ReformTaskStatus before, ReformTaskStatus after) => IsCompleted(after) && !IsCompleted(before);
}
