using IocDashboard.Domain.Periods;

namespace IocDashboard.Domain.Tests.Periods;

public sealed class ReportingPeriodTests
{
    [Fact]
    public void A_period_runs_from_local_midnight_to_the_midnight_after_its_last_day()
    {
        var period = new ReportingPeriod(new DateOnly(2024, 1, 1), new DateOnly(2024, 9, 30));
        Assert.Equal(new DateTimeOffset(2023, 12, 31, 17, 0, 0, TimeSpan.Zero), period.Start.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2024, 9, 30, 17, 0, 0, TimeSpan.Zero), period.End.ToUniversalTime());
    }

    [Fact]
    public void Local_day_of_an_instant_is_the_day_in_Vietnam() =>
        Assert.Equal(new DateOnly(2024, 10, 1), ReportingPeriod.LocalDay(new DateTimeOffset(2024, 9, 30, 17, 30, 0, TimeSpan.Zero)));
}
