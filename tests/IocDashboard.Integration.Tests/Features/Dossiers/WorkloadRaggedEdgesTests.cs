using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Integration.Tests.Features.Dossiers;

/// <summary>
/// How a period reads the workload rollups: its whole months, then the seven-day parts of a month (core.month_week)
/// and the single days of what is left, together every day of the period exactly once.
/// </summary>
public sealed class WorkloadRaggedEdgesTests
{
    [Fact]
    public void A_quarter_from_mid_month_reads_whole_weeks_at_both_edges()
    {
        var period = new ReportingPeriod(new DateOnly(2025, 12, 15), new DateOnly(2026, 3, 14));
        var (monthsFrom, monthsTo) = DossierQueries.WholeMonths(period);
        var (weeks, days) = WorkloadQueries.RaggedEdges(period, monthsFrom, monthsTo);

        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1)), (monthsFrom, monthsTo));
        Assert.Equal([new(2025, 12, 15), new(2025, 12, 22), new(2025, 12, 29), new(2026, 3, 1), new(2026, 3, 8)], weeks);
        Assert.Empty(days);
    }

    [Fact]
    public void Days_outside_a_whole_week_are_read_one_by_one()
    {
        var period = new ReportingPeriod(new DateOnly(2024, 2, 3), new DateOnly(2024, 2, 26));
        var (monthsFrom, monthsTo) = DossierQueries.WholeMonths(period);
        var (weeks, days) = WorkloadQueries.RaggedEdges(period, monthsFrom, monthsTo);

        Assert.Equal([new(2024, 2, 8), new(2024, 2, 15)], weeks);
        Assert.Equal([new(2024, 2, 3), new(2024, 2, 4), new(2024, 2, 5), new(2024, 2, 6), new(2024, 2, 7),
            new(2024, 2, 22), new(2024, 2, 23), new(2024, 2, 24), new(2024, 2, 25), new(2024, 2, 26)], days);
    }

    [Fact]
    public void Every_day_of_random_periods_is_read_exactly_once()
    {
        var random = new Random(12);
        for (var i = 0; i < 2000; i++)
        {
            var from = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 2500));
            var period = new ReportingPeriod(from, from.AddDays(random.Next(0, 500)));
            var (monthsFrom, monthsTo) = DossierQueries.WholeMonths(period);
            var (weeks, days) = WorkloadQueries.RaggedEdges(period, monthsFrom, monthsTo);

            var read = new List<DateOnly>(days);
            for (var month = monthsFrom; month < monthsTo; month = month.AddMonths(1))
            {
                read.AddRange(DaysOf(month, DateTime.DaysInMonth(month.Year, month.Month)));
            }

            foreach (var week in weeks)
            {
                Assert.Equal(0, (week.Day - 1) % 7); // the 1st, 8th, 15th, 22nd or 29th
                read.AddRange(DaysOf(week, Math.Min(7, DateTime.DaysInMonth(week.Year, week.Month) - week.Day + 1)));
            }

            Assert.True(days.Length <= 12, $"{period.From}..{period.To}: {days.Length} single days");
            Assert.Equal(DaysOf(period.From, period.To.DayNumber - period.From.DayNumber + 1), read.Order());
        }
    }

    private static IEnumerable<DateOnly> DaysOf(DateOnly first, int count) => Enumerable.Range(0, count).Select(first.AddDays);
}
