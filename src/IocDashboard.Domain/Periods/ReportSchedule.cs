namespace IocDashboard.Domain.Periods;

/// <summary>
/// Which periodic reports fall due after a quarter's official cut-off (the 14th of March, June, September and
/// December): the quarter always; with the second quarter also the first six months, with the third the first nine
/// months, with the fourth the year.
/// </summary>
public static class ReportSchedule
{
    /// <summary>
    /// The reports due at the latest official quarter cut-off that has passed at <paramref name="now"/> (a cut-off
    /// has passed once its day is over in Vietnam), the quarter first.
    /// </summary>
    public static IReadOnlyList<ReportTerm> DueAt(DateTimeOffset now)
    {
        var today = ReportingPeriod.LocalDay(now);
        var quarter = ReportTerm.OfQuarter(today.Year, ((today.Month - 1) / 3) + 1);
        while (quarter.Days(CutOff.Official).End > now)
        {
            quarter = quarter.Previous!;
        }

        return quarter.Quarter switch
        {
            2 => [quarter, ReportTerm.Of(quarter.Year, ReportTermKind.FirstHalf)],
            3 => [quarter, ReportTerm.Of(quarter.Year, ReportTermKind.NineMonths)],
            4 => [quarter, ReportTerm.Of(quarter.Year, ReportTermKind.Year)],
            _ => [quarter],
        };
    }
}
