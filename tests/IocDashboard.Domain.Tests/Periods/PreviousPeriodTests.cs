using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Periods;

namespace IocDashboard.Domain.Tests.Periods;

/// <summary>The periods a period is compared with (<see cref="ComparedPeriods"/>) and how a figure's change is measured.</summary>
public sealed class PreviousPeriodTests
{
    [Theory]
    // A Monday–Sunday week: the week before.
    [InlineData("2026-11-23", "2026-11-29", "2026-11-16", "2026-11-22")]
    // A calendar month: the month before, whatever its length.
    [InlineData("2026-03-01", "2026-03-31", "2026-02-01", "2026-02-28")]
    [InlineData("2024-03-01", "2024-03-31", "2024-02-01", "2024-02-29")]
    [InlineData("2026-01-01", "2026-01-31", "2025-12-01", "2025-12-31")]
    // Calendar quarters, halves, years: as many months before.
    [InlineData("2026-07-01", "2026-09-30", "2026-04-01", "2026-06-30")]
    [InlineData("2026-01-01", "2026-03-31", "2025-10-01", "2025-12-31")]
    [InlineData("2025-01-01", "2025-12-31", "2024-01-01", "2024-12-31")]
    // Official quarters (15th to the 14th three months later) and an official month: as many official months before.
    [InlineData("2026-06-15", "2026-09-14", "2026-03-15", "2026-06-14")]
    [InlineData("2025-12-15", "2026-03-14", "2025-09-15", "2025-12-14")]
    [InlineData("2026-10-15", "2026-11-14", "2026-09-15", "2026-10-14")]
    // Any other span: as many days just before.
    [InlineData("2026-11-24", "2026-11-30", "2026-11-17", "2026-11-23")]
    [InlineData("2026-11-30", "2026-11-30", "2026-11-29", "2026-11-29")]
    [InlineData("2026-03-01", "2026-03-30", "2026-01-30", "2026-02-28")]
    [InlineData("2026-03-15", "2026-04-15", "2026-02-11", "2026-03-14")]
    public void The_previous_period_has_the_same_shape_just_before(string from, string to, string previousFrom, string previousTo)
    {
        var previous = ComparedPeriods.Previous(Period(from, to));
        Assert.Equal(Period(previousFrom, previousTo), previous);
        Assert.Equal(previous, ComparedPeriods.Of(Period(from, to), ComparisonKind.Previous));
    }

    [Fact]
    public void The_previous_period_of_a_reporting_terms_days_is_the_days_of_the_term_before()
    {
        foreach (var cutOff in Enum.GetValues<CutOff>())
        {
            for (var year = 2021; year <= 2027; year++)
            {
                var terms = Enumerable.Range(1, 4).Select(q => ReportTerm.OfQuarter(year, q))
                    .Concat([ReportTerm.Of(year, ReportTermKind.FirstHalf), ReportTerm.Of(year, ReportTermKind.SecondHalf), ReportTerm.Of(year, ReportTermKind.Year)]);
                foreach (var term in terms)
                {
                    Assert.Equal(term.Previous!.Days(cutOff), ComparedPeriods.Previous(term.Days(cutOff)));
                    Assert.Equal(term.SameTermYearBefore.Days(cutOff), ComparedPeriods.LastYear(term.Days(cutOff)));
                }
            }
        }
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-29", "2025-11-23", "2025-11-29")]
    // 29 February becomes 28 February.
    [InlineData("2024-02-29", "2024-03-06", "2023-02-28", "2023-03-06")]
    [InlineData("2024-02-10", "2024-02-29", "2023-02-10", "2023-02-28")]
    // Whole calendar months are the same months: February 2025 against all of February 2024.
    [InlineData("2025-02-01", "2025-02-28", "2024-02-01", "2024-02-29")]
    [InlineData("2026-06-15", "2026-09-14", "2025-06-15", "2025-09-14")]
    public void Last_year_is_the_same_dates_a_year_before(string from, string to, string lastFrom, string lastTo) =>
        Assert.Equal(Period(lastFrom, lastTo), ComparedPeriods.Of(Period(from, to), ComparisonKind.LastYear));

    [Fact]
    public void Counts_change_relatively_and_rates_in_points()
    {
        Assert.Equal(0.25, MeasureChange.Relative(125, 100));
        Assert.Equal(-0.5, MeasureChange.Relative(50, 100));
        Assert.Null(MeasureChange.Relative(5, 0));
        Assert.Equal(-2.5, MeasureChange.Points(0.95, 0.975)!.Value, 9);
        Assert.Null(MeasureChange.Points(null, 0.9));
    }

    private static ReportingPeriod Period(string from, string to) => new(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
}
