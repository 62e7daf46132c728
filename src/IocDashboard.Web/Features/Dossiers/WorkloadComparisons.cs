using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;

namespace IocDashboard.Web.Features.Dossiers;

/// <summary>
/// <c>compare=previous,lastYear</c> on /api/dossiers/workload: the total of the periods the period is compared with
/// (<see cref="ComparedPeriods"/>), each with the change against it (<see cref="MeasureChange"/>).
/// </summary>
internal static class WorkloadComparisons
{
    /// <summary>The comparisons asked for, in the order asked, each once; none when the parameter is absent.</summary>
    public static IReadOnlyList<ComparisonKind> Parse(QueryErrors errors, string? compare)
    {
        if (compare is null)
        {
            return [];
        }

        var kinds = new List<ComparisonKind>();
        foreach (var part in compare.Split(',', StringSplitOptions.TrimEntries))
        {
            ComparisonKind? kind = part.ToLowerInvariant() switch
            {
                "previous" => ComparisonKind.Previous,
                "lastyear" => ComparisonKind.LastYear,
                _ => null,
            };
            if (kind is null)
            {
                errors.Add("compare", $"'{part}' is not a comparison; use 'previous' (the period just before), 'lastYear' (the same period a year before) or both, comma-separated.");
            }
            else if (!kinds.Contains(kind.Value))
            {
                kinds.Add(kind.Value);
            }
        }

        return kinds;
    }

    public static Task<(ComparisonKind Kind, ReportingPeriod Days, WorkloadMeasures Measures)[]> ReadAsync(
        IReadOnlyList<ComparisonKind> kinds, ReportingPeriod period, DossierScope scope, WorkloadQueries workload, CancellationToken cancellationToken) =>
        Task.WhenAll(kinds.Select(async kind =>
        {
            var days = ComparedPeriods.Of(period, kind);
            return (kind, days, await workload.TotalAsync(days, scope, cancellationToken));
        }));

    /// <summary>
    /// The comparisons as JSON, each with the day the units counted changed between its start and the period's end
    /// (<paramref name="scopeChanges"/>, in the same order); null when none was asked for.
    /// </summary>
    public static IReadOnlyList<WorkloadComparisonDto>? Describe(
        IReadOnlyList<(ComparisonKind Kind, ReportingPeriod Days, WorkloadMeasures Measures)> compared, IReadOnlyList<DateOnly?> scopeChanges,
        WorkloadMeasures total) =>
        compared.Count == 0
            ? null
            : compared.Select((c, i) => WorkloadMeasuresDto.Fill(new WorkloadComparisonDto
            {
                Kind = WorkloadComparisonDto.KindName(c.Kind),
                From = c.Days.From,
                To = c.Days.To,
                Change = WorkloadChangeDto.Of(total, c.Measures),
                ScopeChangedText = scopeChanges[i] is { } day ? ScopeChange.Text(day) : null,
            }, c.Measures)).ToList();
}
