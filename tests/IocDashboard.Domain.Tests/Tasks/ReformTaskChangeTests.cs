using IocDashboard.Domain.Tasks;

namespace IocDashboard.Domain.Tests.Tasks;

/// <summary>The meeting's changes of a reform task between two dates (<see cref="ReformTaskChange"/>).</summary>
public sealed class ReformTaskChangesTests
{
    [Fact]
    public void A_task_becomes_overdue_when_it_is_overdue_now_and_was_not_before()
    {
        Assert.True(ReformTaskChange.BecameOverdue(ReformTaskStatus.InProgressOnTime, ReformTaskStatus.InProgressOverdue));
        Assert.False(ReformTaskChange.BecameOverdue(ReformTaskStatus.InProgressOverdue, ReformTaskStatus.InProgressOverdue));
        Assert.False(ReformTaskChange.BecameOverdue(ReformTaskStatus.InProgressOnTime, ReformTaskStatus.CompletedLate));
    }

    [Fact]
    public void A_task_was_completed_when_completion_was_reported_in_between()
    {
        Assert.True(ReformTaskChange.WasCompleted(ReformTaskStatus.InProgressOverdue, ReformTaskStatus.CompletedAwaitingConfirmation));
        Assert.True(ReformTaskChange.WasCompleted(ReformTaskStatus.InProgressOnTime, ReformTaskStatus.CompletedOnTime));
        // Confirmation of a completion reported before is not a new completion.
        Assert.False(ReformTaskChange.WasCompleted(ReformTaskStatus.CompletedAwaitingConfirmation, ReformTaskStatus.CompletedOnTime));
        Assert.False(ReformTaskChange.WasCompleted(ReformTaskStatus.InProgressOnTime, ReformTaskStatus.InProgressOverdue));
    }
}
