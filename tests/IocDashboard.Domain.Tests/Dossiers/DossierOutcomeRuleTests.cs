using IocDashboard.Domain.Dossiers;

namespace IocDashboard.Domain.Tests.Dossiers;

public sealed class DossierOutcomeRuleTests
{
    private static readonly DateTimeOffset End = new(2024, 10, 1, 0, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Due = new(2024, 9, 20, 17, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Resolved_exactly_at_the_due_time_is_on_time() =>
        Assert.Equal(DossierOutcome.ResolvedOnTime, DossierOutcomeRule.At(Due, Due, End));

    [Fact]
    public void Resolved_a_minute_after_the_due_time_is_late() =>
        Assert.Equal(DossierOutcome.ResolvedLate, DossierOutcomeRule.At(Due, Due.AddMinutes(1), End));

    [Fact]
    public void Resolved_at_the_instant_the_period_ends_is_still_pending() =>
        Assert.Equal(DossierOutcome.PendingOverdue, DossierOutcomeRule.At(Due, End, End));

    [Fact]
    public void Pending_with_the_deadline_after_the_period_is_within_deadline() =>
        Assert.Equal(DossierOutcome.PendingWithinDeadline, DossierOutcomeRule.At(End.AddDays(3), null, End));

    [Fact]
    public void Pending_with_the_deadline_exactly_at_the_end_is_within_deadline() =>
        Assert.Equal(DossierOutcome.PendingWithinDeadline, DossierOutcomeRule.At(End, null, End));

    [Fact]
    public void Pending_past_its_deadline_is_overdue() =>
        Assert.Equal(DossierOutcome.PendingOverdue, DossierOutcomeRule.At(Due, null, End));

    [Fact]
    public void Offsets_do_not_matter_only_instants()
    {
        var dueUtc = Due.ToUniversalTime();
        Assert.Equal(DossierOutcome.ResolvedOnTime, DossierOutcomeRule.At(dueUtc, Due.AddSeconds(-1), End.ToUniversalTime()));
    }
}
