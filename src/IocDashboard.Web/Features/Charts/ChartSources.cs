using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Reports.Charts;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Dossiers;
using IocDashboard.Web.Features.Shared;
using ScottPlot;

namespace IocDashboard.Web.Features.Charts;

/// <summary>Reads a chart's parameters into <paramref name="errors"/> and, when they are all valid, its data, then draws it; null otherwise.</summary>
internal delegate Task<Plot?> ChartSource(ChartQuery query, QueryErrors errors, IServiceProvider services, CancellationToken cancellationToken);

/// <summary>
/// Each chart fed by the query the JSON API and the wall use for the same figures: the task summary of
/// /api/tasks/summary, the indicator summary of /api/indicators, the breakdown behind the wall's rankings and trend.
/// </summary>
internal static class ChartSources
{
    public static readonly IReadOnlyDictionary<string, ChartSource> All = new Dictionary<string, ChartSource>(StringComparer.Ordinal)
    {
        [TaskStatusChart.Name] = async (q, errors, services, ct) => await TasksAsync(q, errors, services, ct) is { } s ? TaskStatusChart.Create(s) : null,
        [TaskAreasChart.Name] = async (q, errors, services, ct) => await TasksAsync(q, errors, services, ct) is { } s ? TaskAreasChart.Create(s) : null,
        [IndicatorChart.Name] = IndicatorsAsync,
        [UnitOnTimeChart.Name] = UnitOnTimeAsync,
        [DossierTrendChart.Name] = DossierTrendAsync,
    };

    private static readonly OrgUnitKind[] RankedKinds = [OrgUnitKind.District, OrgUnitKind.Commune, OrgUnitKind.Agency];

    private static async Task<TaskSummary?> TasksAsync(ChartQuery query, QueryErrors errors, IServiceProvider services, CancellationToken ct) =>
        AsOf(query, errors, services) is { } day && !errors.Any
            ? await services.GetRequiredService<TaskQueries>().SummaryAsync(day, ct)
            : null;

    private static async Task<Plot?> IndicatorsAsync(ChartQuery query, QueryErrors errors, IServiceProvider services, CancellationToken ct) =>
        AsOf(query, errors, services) is { } day && !errors.Any
            ? IndicatorChart.Create(await services.GetRequiredService<IndicatorQueries>().SummaryAsync(day, ct))
            : null;

    private static async Task<Plot?> UnitOnTimeAsync(ChartQuery query, QueryErrors errors, IServiceProvider services, CancellationToken ct)
    {
        var period = errors.Period(query.From, query.To);
        var kind = Kind(errors, query.Kind);
        var (scope, _) = await DossierScopeParser.ParseAsync(errors, services.GetRequiredService<OrgUnitQueries>(), query.Unit, query.Scope, query.Level, ct);
        if (errors.Any || period is null || kind is not { } k || scope is null)
        {
            return null;
        }

        var breakdown = await services.GetRequiredService<DossierBreakdownQueries>().ByMonthAndRankedUnitAsync(period, scope, ct);
        return UnitOnTimeChart.Create(breakdown.Ranking(k), k, period, OnTimeThresholds.Default);
    }

    private static async Task<Plot?> DossierTrendAsync(ChartQuery query, QueryErrors errors, IServiceProvider services, CancellationToken ct)
    {
        var day = AsOf(query, errors, services);
        var (scope, unit) = await DossierScopeParser.ParseAsync(errors, services.GetRequiredService<OrgUnitQueries>(), query.Unit, query.Scope, query.Level, ct);
        if (errors.Any || day is not { } asOf || scope is null || unit is null)
        {
            return null;
        }

        var breakdown = await services.GetRequiredService<DossierBreakdownQueries>()
            .ByMonthAndRankedUnitAsync(DossierBreakdown.TwelveMonthsTo(asOf), scope, ct);
        return DossierTrendChart.Create(breakdown.ByMonth(), unit.Name, asOf, OnTimeThresholds.Default);
    }

    /// <summary>asOf as the API reads it: a date, today in Vietnam when absent.</summary>
    private static DateOnly? AsOf(ChartQuery query, QueryErrors errors, IServiceProvider services) =>
        errors.OptionalDate("asOf", query.AsOf, services.GetRequiredService<TimeProvider>().Today());

    /// <summary>Which units are ranked: district-level units (the default), communes and wards, or agencies.</summary>
    private static OrgUnitKind? Kind(QueryErrors errors, string? kind)
    {
        if (string.IsNullOrWhiteSpace(kind))
        {
            return OrgUnitKind.District;
        }

        var match = RankedKinds.Where(k => string.Equals(DossierBreakdown.KindName(k), kind.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count == 1)
        {
            return match[0];
        }

        errors.Add("kind", $"'{kind}' is not a kind of ranked unit; use {string.Join(" or ", RankedKinds.Select(DossierBreakdown.KindName))}.");
        return null;
    }
}
