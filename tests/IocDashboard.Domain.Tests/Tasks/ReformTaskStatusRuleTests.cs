using IocDashboard.Domain.Tasks;

namespace IocDashboard.Domain.Tests.Tasks;

public sealed class ReformTaskStatusRuleTests
{
    private static readonly DateOnly AsOf = new(2024, 10, 31);
    private static readonly DateOnly Deadline = new(2024, 6, 30);

    [Fact]
    public void Not_reported_and_deadline_ahead_is_in_progress_on_time() =>
        Assert.Equal(ReformTaskStatus.InProgressOnTime, ReformTaskStatusRule.On(AsOf, AsOf.AddDays(1), null, null));

    [Fact]
    public void Deadline_today_is_still_on_time() =>
        Assert.Equal(ReformTaskStatus.InProgressOnTime, ReformTaskStatusRule.On(AsOf, AsOf, null, null));

    [Fact]
    public void Not_reported_past_the_deadline_is_overdue() =>
        Assert.Equal(ReformTaskStatus.InProgressOverdue, ReformTaskStatusRule.On(AsOf, Deadline, null, null));

    [Fact]
    public void Completion_reported_after_the_date_does_not_count_yet() =>
        Assert.Equal(ReformTaskStatus.InProgressOverdue, ReformTaskStatusRule.On(AsOf, Deadline, AsOf.AddDays(1), AsOf.AddDays(2)));

    [Fact]
    public void Reported_by_the_deadline_and_confirmed_is_completed_on_time() =>
        Assert.Equal(ReformTaskStatus.CompletedOnTime, ReformTaskStatusRule.On(AsOf, Deadline, Deadline, Deadline.AddDays(10)));

    [Fact]
    public void Reported_after_the_deadline_and_confirmed_is_completed_late() =>
        Assert.Equal(ReformTaskStatus.CompletedLate, ReformTaskStatusRule.On(AsOf, Deadline, Deadline.AddDays(1), Deadline.AddDays(10)));

    [Fact]
    public void Reported_but_confirmed_only_later_is_awaiting_confirmation() =>
        Assert.Equal(ReformTaskStatus.CompletedAwaitingConfirmation, ReformTaskStatusRule.On(AsOf, Deadline, Deadline, AsOf.AddDays(1)));

    [Fact]
    public void Reported_and_never_confirmed_is_awaiting_confirmation() =>
        Assert.Equal(ReformTaskStatus.CompletedAwaitingConfirmation, ReformTaskStatusRule.On(AsOf, Deadline, Deadline.AddDays(5), null));

    [Fact]
    public void Api_names_round_trip_and_labels_are_Vietnamese()
    {
        foreach (var status in Enum.GetValues<ReformTaskStatus>())
        {
            Assert.True(ReformTaskStatusRule.TryParseApiName(ReformTaskStatusRule.ApiName(status), out var parsed));
            Assert.Equal(status, parsed);
        }

        Assert.Equal("Hoàn thành chờ xác nhận", ReformTaskStatusRule.Label(ReformTaskStatus.CompletedAwaitingConfirmation));
        Assert.False(ReformTaskStatusRule.TryParseApiName("done", out _));
    }
}
