using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Periods;

namespace IocDashboard.Domain.Tests.Dossiers;

public sealed class WorkloadRuleTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    // September 2024: Start 2024-09-01 00:00 +07, End 2024-10-01 00:00 +07.
    private static readonly ReportingPeriod September = new(new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 30));
    private static readonly DateTimeOffset Due = new(2024, 9, 20, 17, 0, 0, Vietnam);
    private static readonly DateTimeOffset InPeriod = new(2024, 9, 10, 9, 0, 0, Vietnam);
    private static readonly DateTimeOffset BeforePeriod = new(2024, 8, 20, 9, 0, 0, Vietnam);

    private static WorkloadCount? Classify(DateTimeOffset received, DateTimeOffset due, DateTimeOffset? resolved, Channel channel = Channel.Direct) =>
        WorkloadRule.Classify(received, due, resolved, channel, September);

    [Fact]
    public void Resolved_exactly_at_the_due_time_is_on_the_deadline() =>
        Assert.Equal(new WorkloadCount(WorkloadIntake.ReceivedDirectOrPostal, WorkloadEnd.ResolvedOnDeadline), Classify(InPeriod, Due, Due));

    [Fact]
    public void Resolved_earlier_on_the_due_day_is_on_the_deadline() =>
        Assert.Equal(WorkloadEnd.ResolvedOnDeadline, Classify(InPeriod, Due, new DateTimeOffset(2024, 9, 20, 0, 0, 0, Vietnam))!.End);

    [Fact]
    public void Resolved_on_the_due_day_after_the_due_time_is_late() =>
        Assert.Equal(WorkloadEnd.ResolvedLate, Classify(InPeriod, Due, Due.AddMinutes(1))!.End);

    [Fact]
    public void Resolved_in_the_last_second_of_the_day_before_the_due_day_is_before_the_deadline() =>
        Assert.Equal(WorkloadEnd.ResolvedBeforeDeadline, Classify(InPeriod, Due, new DateTimeOffset(2024, 9, 19, 23, 59, 59, Vietnam))!.End);

    [Fact]
    public void Local_days_are_Vietnamese_days_whatever_the_offset_of_the_instants()
    {
        // 2024-09-19 18:00 UTC is 2024-09-20 01:00 in Vietnam: the due day, so on the deadline, not before it.
        var resolved = new DateTimeOffset(2024, 9, 19, 18, 0, 0, TimeSpan.Zero);
        Assert.Equal(ResolutionTiming.OnDeadline, WorkloadRule.TimingOf(Due.ToUniversalTime(), resolved));
        Assert.Equal(ResolutionTiming.BeforeDeadline, WorkloadRule.TimingOf(Due.ToUniversalTime(), resolved.AddHours(-2)));
    }

    [Fact]
    public void Resolved_a_day_after_the_due_day_is_late() =>
        Assert.Equal(WorkloadEnd.ResolvedLate, Classify(InPeriod, Due, Due.AddDays(1))!.End);

    [Fact]
    public void Received_online_counts_as_received_online_others_as_direct_or_postal()
    {
        Assert.Equal(WorkloadIntake.ReceivedOnline, Classify(InPeriod, Due, null, Channel.Online)!.Intake);
        Assert.Equal(WorkloadIntake.ReceivedDirectOrPostal, Classify(InPeriod, Due, null, Channel.Postal)!.Intake);
        Assert.Equal(WorkloadIntake.ReceivedDirectOrPostal, Classify(InPeriod, Due, null, Channel.Direct)!.Intake);
    }

    [Fact]
    public void Received_exactly_at_the_start_is_received_in_the_period() =>
        Assert.Equal(WorkloadIntake.ReceivedDirectOrPostal, Classify(September.Start, Due, null)!.Intake);

    [Fact]
    public void Received_before_the_start_and_open_then_is_carried_over_whatever_its_channel() =>
        Assert.Equal(new WorkloadCount(WorkloadIntake.CarriedOver, WorkloadEnd.ResolvedBeforeDeadline), Classify(BeforePeriod, Due, InPeriod, Channel.Online));

    [Fact]
    public void Resolved_exactly_at_the_start_was_open_then_so_it_is_carried_over_and_resolved_in_the_period() =>
        Assert.Equal(new WorkloadCount(WorkloadIntake.CarriedOver, WorkloadEnd.ResolvedBeforeDeadline), Classify(BeforePeriod, Due, September.Start));

    [Fact]
    public void Received_and_resolved_before_the_start_does_not_count() =>
        Assert.Null(Classify(BeforePeriod, Due, September.Start.AddTicks(-1)));

    [Fact]
    public void Received_at_or_after_the_end_does_not_count()
    {
        Assert.Null(Classify(September.End, September.End.AddDays(10), null));
        Assert.Null(Classify(September.End.AddDays(2), September.End.AddDays(10), September.End.AddDays(3)));
    }

    [Fact]
    public void Resolved_exactly_at_the_end_is_still_pending_at_the_end()
    {
        Assert.Equal(WorkloadEnd.PendingOverdue, Classify(InPeriod, Due, September.End)!.End);
        Assert.Equal(WorkloadEnd.PendingWithinDeadline, Classify(InPeriod, September.End.AddDays(1), September.End)!.End);
    }

    [Fact]
    public void Resolved_in_the_last_instant_of_the_period_is_resolved() =>
        Assert.Equal(WorkloadEnd.ResolvedLate, Classify(InPeriod, Due, September.End.AddTicks(-1))!.End);

    [Fact]
    public void Pending_with_the_deadline_exactly_at_the_end_is_within_the_deadline() =>
        Assert.Equal(WorkloadEnd.PendingWithinDeadline, Classify(InPeriod, September.End, null)!.End);

    [Fact]
    public void Pending_past_the_deadline_at_the_end_is_overdue() =>
        Assert.Equal(new WorkloadCount(WorkloadIntake.CarriedOver, WorkloadEnd.PendingOverdue), Classify(BeforePeriod, Due, null));

    [Fact]
    public void Resolved_before_received_is_refused() =>
        Assert.Throws<ArgumentException>(() => Classify(InPeriod, Due, InPeriod.AddSeconds(-1)));

    [Fact]
    public void On_time_in_the_cohort_sense_is_before_or_on_the_deadline_here()
    {
        // Every resolution in the period, minute by minute around the due day: the cohort rule and the workload
        // rule agree on what is on time, whatever the status (the rule never reads it).
        for (var resolved = Due.AddHours(-30); resolved < Due.AddHours(30); resolved = resolved.AddMinutes(7))
        {
            var cohort = DossierOutcomeRule.At(Due, resolved, September.End);
            var workload = Classify(InPeriod, Due, resolved)!.End;
            Assert.Equal(cohort == DossierOutcome.ResolvedOnTime, workload is WorkloadEnd.ResolvedBeforeDeadline or WorkloadEnd.ResolvedOnDeadline);
        }
    }

    [Fact]
    public void Every_counted_dossier_keeps_the_forms_identities()
    {
        var random = new Random(7);
        var measures = WorkloadMeasures.Empty;
        for (var i = 0; i < 5000; i++)
        {
            var received = September.Start.AddHours(random.Next(-24 * 60, 24 * 40));
            var due = received.AddHours(random.Next(0, 24 * 20));
            DateTimeOffset? resolved = random.Next(5) == 0 ? null : received.AddHours(random.Next(0, 24 * 30));
            if (WorkloadRule.Classify(received, due, resolved, (Channel)random.Next(3), September) is { } count)
            {
                measures = measures.Add(count);
            }
        }

        Assert.True(measures.ToHandle > 1000);
        Assert.Equal(measures.Received + measures.CarriedOver, measures.ToHandle);
        Assert.Equal(measures.Resolved + measures.Pending, measures.ToHandle);
        Assert.Equal(measures.BeforeDeadline + measures.OnDeadline + measures.Late, measures.Resolved);
        Assert.Equal(measures.WithinDeadline + measures.Overdue, measures.Pending);
        Assert.True(measures.Balances);
    }
}
