using IocDashboard.Domain.Periods;

namespace IocDashboard.Domain.Tests.Periods;

/// <summary>The periods of the leadership meeting: keys, days, names and the steps of ← and →.</summary>
public sealed class MeetingPeriodTests
{
    private static readonly DateOnly Today = new(2026, 12, 2); // a Wednesday

    [Fact]
    public void The_default_is_the_last_week_that_has_ended()
    {
        var week = MeetingPeriod.LastFullWeek(Today);
        Assert.Equal("2026-W48", week.Key);
        Assert.Equal(new ReportingPeriod(new(2026, 11, 23), new(2026, 11, 29)), week.Days);
        Assert.False(week.Ongoing);
        Assert.Equal("Tuần 48/2026 (23/11/2026 – 29/11/2026)", week.Label);

        // On the Monday of the meeting, the week that ended the day before.
        Assert.Equal("2026-W48", MeetingPeriod.LastFullWeek(new(2026, 11, 30)).Key);
        Assert.Equal("2026-W47", MeetingPeriod.LastFullWeek(new(2026, 11, 29)).Key);
    }

    [Theory]
    [InlineData("2026-W48", "2026-11-23", "2026-11-29", "Tuần 48/2026")]
    [InlineData("2026-w01", "2025-12-29", "2026-01-04", "Tuần 1/2026")]
    [InlineData("2026-11", "2026-11-01", "2026-11-30", "Tháng 11/2026")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", "Tháng 2/2024")]
    [InlineData("2026-Q3", "2026-06-15", "2026-09-14", "Quý III năm 2026")]
    [InlineData("2025-YTD", "2025-01-01", "2025-12-02", "Từ đầu năm 2025")]
    [InlineData("2026-ytd", "2026-01-01", "2026-12-02", "Từ đầu năm 2026")]
    [InlineData("2025-06-20..2025-07-10", "2025-06-20", "2025-07-10", "Tùy chọn")]
    public void A_key_names_its_days(string key, string from, string to, string name)
    {
        Assert.True(MeetingPeriod.TryParse(key, CutOff.Official, Today, out var period, out var error), error);
        Assert.Equal(new ReportingPeriod(DateOnly.Parse(from, Invariant), DateOnly.Parse(to, Invariant)), period!.Full);
        Assert.Equal(name, period.Name);
        Assert.Equal(key.ToUpperInvariant(), period.Key.ToUpperInvariant());
    }

    [Fact]
    public void A_quarter_takes_the_cut_off_of_the_periodic_reports()
    {
        Assert.True(MeetingPeriod.TryParse("2026-Q3", CutOff.Calendar, Today, out var calendar, out _));
        Assert.Equal(ReportTerm.Parse("2026-Q3").Days(CutOff.Calendar), calendar!.Days);
        Assert.True(MeetingPeriod.TryParse("2026-Q3", CutOff.Official, Today, out var official, out _));
        Assert.Equal(ReportTerm.Parse("2026-Q3").Days(CutOff.Official), official!.Days);
    }

    [Fact]
    public void A_period_that_has_not_ended_is_shown_to_today_and_has_no_next()
    {
        Assert.True(MeetingPeriod.TryParse("2026-12", CutOff.Official, Today, out var month, out _));
        Assert.True(month!.Ongoing);
        Assert.Equal(new ReportingPeriod(new(2026, 12, 1), Today), month.Days);
        Assert.Equal("Tháng 12/2026 (01/12/2026 – 02/12/2026, đến hôm nay)", month.Label);
        Assert.Null(month.Next);
        Assert.Equal("2026-11", month.Previous!.Key);
    }

    [Theory]
    [InlineData("2026-W48", "2026-W47", "2026-W49")]
    [InlineData("2026-W01", "2025-W52", "2026-W02")]
    [InlineData("2026-01", "2025-12", "2026-02")]
    [InlineData("2026-Q1", "2025-Q4", "2026-Q2")]
    [InlineData("2025-Q4", "2025-Q3", "2026-Q1")]
    [InlineData("2025-YTD", "2024-YTD", "2026-YTD")]
    [InlineData("2026-11-01..2026-11-10", "2026-10-22..2026-10-31", "2026-11-11..2026-11-20")]
    public void Arrows_step_to_the_period_of_the_same_shape(string key, string previous, string next)
    {
        Assert.True(MeetingPeriod.TryParse(key, CutOff.Official, Today, out var period, out _));
        Assert.Equal(previous, period!.Previous!.Key);
        Assert.Equal(next, period.Next!.Key);
        Assert.Equal(key, period.Previous.Next!.Key);
    }

    [Fact]
    public void The_week_of_today_has_no_next_and_the_year_to_date_ends_today()
    {
        Assert.True(MeetingPeriod.TryParse("2026-W49", CutOff.Official, Today, out var week, out _));
        Assert.Null(week!.Next);
        Assert.Equal(Today, week.Days.To);
        Assert.True(MeetingPeriod.TryParse("2026-YTD", CutOff.Official, Today, out var ytd, out _));
        Assert.Null(ytd!.Next);
        Assert.Equal(Today, ytd.Days.To);
    }

    [Theory]
    [InlineData(MeetingPeriodKind.Week, "2026-W38")]
    [InlineData(MeetingPeriodKind.Month, "2026-09")]
    [InlineData(MeetingPeriodKind.Quarter, "2026-Q4")] // the official Q4 opens on 15 September
    [InlineData(MeetingPeriodKind.YearToDate, "2026-YTD")]
    public void Switching_the_shape_keeps_the_last_day_shown(MeetingPeriodKind kind, string key)
    {
        var day = new DateOnly(2026, 9, 15);
        Assert.Equal(key, MeetingPeriod.Containing(kind, day, CutOff.Official, new ReportingPeriod(day, day), Today).Key);
        Assert.Equal("2026-Q3", MeetingPeriod.Containing(MeetingPeriodKind.Quarter, new(2026, 9, 14), CutOff.Official, new ReportingPeriod(day, day), Today).Key);
        Assert.Equal("2026-Q3", MeetingPeriod.Containing(MeetingPeriodKind.Quarter, day, CutOff.Calendar, new ReportingPeriod(day, day), Today).Key);
    }

    [Theory]
    [InlineData("2026-W54")]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("2027-YTD")]
    [InlineData("2027-01")]
    [InlineData("2026-11-10..2026-11-01")]
    [InlineData("2026-02-30..2026-03-01")]
    [InlineData("2010-01-01..2026-01-01")]
    [InlineData("last week")]
    [InlineData("")]
    [InlineData(null)]
    public void A_key_that_names_no_period_with_figures_is_refused_with_the_reason(string? key)
    {
        Assert.False(MeetingPeriod.TryParse(key, CutOff.Official, Today, out var period, out var error));
        Assert.Null(period);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    private static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;
}
