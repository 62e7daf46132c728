using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Periods;

namespace IocDashboard.Reports.Summary;

/// <summary>
/// A period the report is compared with: the previous period of the same kind or the same period a year before.
/// <see cref="Measures"/> is null when there is nothing to compare (nine months have no previous period of their kind;
/// the unit did not exist then) and <see cref="Note"/> says why. <see cref="ScopeChangedOn"/> is the day the units
/// counted changed between the two periods (the 2025 merger): the figures are shown, their change is not, since
/// growth across such a day measures the new boundaries, not the work.
/// </summary>
public sealed record ComparedTerm(string Heading, ReportTerm? Term, ReportingPeriod? Days, WorkloadMeasures? Measures, DateOnly? ScopeChangedOn, string? Note)
{
    public bool Comparable => Measures is not null && ScopeChangedOn is null;
}

/// <summary>The workload of the period (the annex's total) and the periods it is compared with, in the order shown.</summary>
public sealed record WorkloadComparison(WorkloadMeasures Current, IReadOnlyList<ComparedTerm> Others)
{
    public const string PreviousHeading = "Kỳ trước";

    public const string YearBeforeHeading = "Cùng kỳ năm trước";
}
