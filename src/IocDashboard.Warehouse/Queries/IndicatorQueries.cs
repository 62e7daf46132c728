using IocDashboard.Domain.Indicators;
using IocDashboard.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace IocDashboard.Warehouse.Queries;

/// <summary>An indicator on a date: the year's target, the latest value and the months of the year so far.</summary>
public sealed record IndicatorOnDate(
    string Code, string Name, string Unit, IndicatorDirection Direction, decimal? Target, decimal? Actual,
    DateOnly? ActualPeriod, bool Achieved, IReadOnlyList<(DateOnly Period, decimal Value)> Series);

/// <summary>The agency that owns an indicator in the plan (answers for it).</summary>
public sealed record IndicatorOwner(string Code, string Name);

public sealed class IndicatorQueries(WarehouseDbContext db)
{
    /// <summary>Each indicator's owner agency by indicator code; indicators without one are left out.</summary>
    public async Task<IReadOnlyDictionary<string, IndicatorOwner>> OwnersAsync(CancellationToken cancellationToken) =>
        await (from i in db.DxIndicators.AsNoTracking()
               join u in db.OrgUnits.AsNoTracking() on i.OwnerAgencyId equals u.Id
               select new { i.Code, Owner = new IndicatorOwner(u.Code, u.Name) })
            .ToDictionaryAsync(x => x.Code, x => x.Owner, StringComparer.Ordinal, cancellationToken);

    /// <summary>The indicators on a date with their Vietnamese texts and the count achieved.</summary>
    public async Task<IndicatorSummary> SummaryAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        IndicatorSummary.Of(asOf, await OnDateAsync(asOf, cancellationToken));

    public async Task<IReadOnlyList<IndicatorOnDate>> OnDateAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var latestPeriod = IndicatorAchievement.LatestPeriodOn(asOf);
        var yearStart = new DateOnly(asOf.Year, 1, 1);
        var indicators = await db.DxIndicators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(cancellationToken);
        var targets = await db.DxIndicatorTargets.AsNoTracking()
            .Where(t => t.Year == asOf.Year)
            .ToDictionaryAsync(t => t.IndicatorId, t => t.Target, cancellationToken);
        var values = await db.DxIndicatorValues.AsNoTracking()
            .Where(v => v.Period <= latestPeriod && v.Period >= yearStart.AddYears(-1))
            .OrderBy(v => v.Period)
            .ToListAsync(cancellationToken);
        var byIndicator = values.ToLookup(v => v.IndicatorId);

        return indicators.Select(i =>
        {
            var direction = i.Direction == "lower" ? IndicatorDirection.LowerIsBetter : IndicatorDirection.HigherIsBetter;
            var latest = byIndicator[i.Id].LastOrDefault();
            decimal? target = targets.TryGetValue(i.Id, out var t) ? t : null;
            var achieved = latest is not null && target is not null && IndicatorAchievement.IsAchieved(latest.Value, target.Value, direction);
            var series = byIndicator[i.Id].Where(v => v.Period >= yearStart).Select(v => (v.Period, v.Value)).ToList();
            return new IndicatorOnDate(i.Code, i.Name, i.Unit, direction, target, latest?.Value, latest?.Period, achieved, series);
        }).ToList();
    }
}
