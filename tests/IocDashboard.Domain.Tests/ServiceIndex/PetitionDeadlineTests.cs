using IocDashboard.Domain.Periods;
using IocDashboard.Domain.ServiceIndex;

namespace IocDashboard.Domain.Tests.ServiceIndex;

public sealed class PetitionDeadlineTests
{
    private static readonly PetitionDeadline TenDays = new(10);
    private static readonly ReportingPeriod March = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    private static DateTimeOffset Local(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void The_last_day_is_the_tenth_working_day_after_the_day_of_receipt()
    {
        // Monday 2 March 2026: Tue 3 … Fri 6 (4), Mon 9 … Fri 13 (9), Mon 16 (10).
        Assert.Equal(new DateOnly(2026, 3, 16), TenDays.LastDay(Local(3, 2)));
        // Saturday 7 March: Mon 9 … Fri 13 (5), Mon 16 … Fri 20 (10).
        Assert.Equal(new DateOnly(2026, 3, 20), TenDays.LastDay(Local(3, 7)));
        // 20:00 UTC on Friday 6 March is 03:00 on Saturday 7 March in Vietnam: the local day counts.
        Assert.Equal(new DateOnly(2026, 3, 20), TenDays.LastDay(new DateTimeOffset(2026, 3, 6, 20, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 3, 3), new PetitionDeadline(1).LastDay(Local(3, 2)));
    }

    [Fact]
    public void Answered_by_the_last_day_is_on_time_after_it_late()
    {
        Assert.Equal(PetitionTimeliness.OnTime, TenDays.Classify(Local(3, 2), Local(3, 16, 23), March));
        Assert.Equal(PetitionTimeliness.OnTime, TenDays.Classify(Local(3, 2), Local(3, 3), March));
        Assert.Equal(PetitionTimeliness.Late, TenDays.Classify(Local(3, 2), Local(3, 17, 8), March));
    }

    [Fact]
    public void Unanswered_at_the_end_is_late_once_its_last_day_is_over_and_left_out_before()
    {
        Assert.Equal(PetitionTimeliness.Late, TenDays.Classify(Local(3, 2), null, March));
        // Wednesday 25 March: its last day is Wednesday 8 April, after the period.
        Assert.Equal(PetitionTimeliness.Open, TenDays.Classify(Local(3, 25), null, March));
        // An answer after the period's end is not known at its end.
        Assert.Equal(PetitionTimeliness.Open, TenDays.Classify(Local(3, 25), Local(4, 2), March));
        // Its last day is the period's last day: not answered by the end of it, it can no longer be on time.
        Assert.Equal(PetitionTimeliness.Late, TenDays.Classify(Local(3, 2), null, new ReportingPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 16))));
        Assert.Equal(PetitionTimeliness.Open, TenDays.Classify(Local(3, 2), null, new ReportingPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 15))));
    }
}
