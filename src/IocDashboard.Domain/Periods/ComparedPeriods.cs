namespace IocDashboard.Domain.Periods;

/// <summary>What a figure is compared with: the period just before, or the same period a year before.</summary>
public enum ComparisonKind
{
    Previous,
    LastYear,
}

/// <summary>
/// The periods a period's figures are compared with at the leadership meeting and in the API. A period of a known
/// shape is compared with the one of the same shape before it: a Monday–Sunday week with the week before, whole
/// calendar months (a month, a quarter, a half, a year) with as many months before, a run of official months (the
/// 15th to the 14th, Decree 09/2019/NĐ-CP: a reporting month, quarter, half or year) with as many official months
/// before. Any other span is compared with the same number of days just before it. So the previous period of a
/// reporting term's days is always the days of <see cref="ReportTerm.Previous"/>, whatever the cut-off.
/// </summary>
public static class ComparedPeriods
{
    public static ReportingPeriod Of(ReportingPeriod period, ComparisonKind kind) => kind switch
    {
        ComparisonKind.Previous => Previous(period),
        ComparisonKind.LastYear => LastYear(period),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static ReportingPeriod Previous(ReportingPeriod period)
    {
        var (from, to) = (period.From, period.To);
        if (from.DayOfWeek == DayOfWeek.Monday && to == from.AddDays(6))
        {
            return new ReportingPeriod(from.AddDays(-7), to.AddDays(-7));
        }

        if (WholeMonths(period) is { } months)
        {
            return new ReportingPeriod(from.AddMonths(-months), from.AddDays(-1));
        }

        return JustBefore(period);
    }

    /// <summary>As many days as the period has, ending the day before it begins.</summary>
    public static ReportingPeriod JustBefore(ReportingPeriod period)
    {
        var days = period.To.DayNumber - period.From.DayNumber + 1;
        return new ReportingPeriod(period.From.AddDays(-days), period.From.AddDays(-1));
    }

    /// <summary>
    /// The same dates a year before (29 February becomes 28 February). A period of whole calendar months is the same
    /// months a year before, so February 2025 is compared with the whole of February 2024, its 29th included.
    /// </summary>
    public static ReportingPeriod LastYear(ReportingPeriod period)
    {
        var from = period.From.AddYears(-1);
        var to = period.To.AddYears(-1);
        if (period.From.Day == 1 && WholeMonths(period) is not null)
        {
            to = new DateOnly(to.Year, to.Month, DateTime.DaysInMonth(to.Year, to.Month));
        }

        return new ReportingPeriod(from, to);
    }

    /// <summary>
    /// How many months the period spans when it is whole calendar months (the 1st to a month's last day) or whole
    /// official months (the 15th to the 14th); null otherwise.
    /// </summary>
    private static int? WholeMonths(ReportingPeriod period)
    {
        var (from, to) = (period.From, period.To);
        if (from.Day is not (1 or 15))
        {
            return null;
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + (from.Day == 1 ? 1 : 0);
        return months >= 1 && from.AddMonths(months).AddDays(-1) == to ? months : null;
    }
}
