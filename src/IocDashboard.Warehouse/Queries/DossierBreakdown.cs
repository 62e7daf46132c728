using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace IocDashboard.Warehouse.Queries;

/// <summary>A ranked unit (a district-level unit with its communes, an agency, …) and its measures.</summary>
public sealed record RankedUnit(string Code, string Name, string Kind, DossierMeasures Measures);

public sealed record MonthMeasures(DateOnly Month, DossierMeasures Measures);

/// <summary>
/// The measures of a period by month of receipt and by ranked unit, read in one pass over the rollups. Every
/// measure is additive, so the headline, the rankings and the monthly trend of the wall and of the charts are sums
/// of these rows: the API's numbers, one query.
/// </summary>
public sealed class DossierBreakdown(
    IReadOnlyList<(DateOnly Month, int UnitId, DossierMeasures Measures)> rows, IReadOnlyDictionary<int, OrgUnit> units)
{
    /// <summary>The twelve months that end with <paramref name="asOf"/>'s month, up to that day.</summary>
    public static ReportingPeriod TwelveMonthsTo(DateOnly asOf) => new(new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-11), asOf);

    /// <summary>The period's measures from the month <paramref name="fromMonth"/> on (all of them by default).</summary>
    public DossierMeasures Total(DateOnly fromMonth = default) => DossierMeasures.Sum(From(fromMonth).Select(r => r.Measures));

    /// <summary>The units of one kind, best on-time rate first (units without a resolved dossier last).</summary>
    public IReadOnlyList<RankedUnit> Ranking(OrgUnitKind kind, DateOnly fromMonth = default)
    {
        var name = KindName(kind);
        return From(fromMonth)
            .GroupBy(r => r.UnitId)
            .Where(g => units.TryGetValue(g.Key, out var unit) && unit.Kind == name)
            .Select(g => new RankedUnit(units[g.Key].Code, units[g.Key].Name, name, DossierMeasures.Sum(g.Select(r => r.Measures))))
            .OrderByDescending(u => u.Measures.OnTimeRate)
            .ThenBy(u => u.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Each month's intake, as it stands at the period's end.</summary>
    public IReadOnlyList<MonthMeasures> ByMonth() => rows
        .GroupBy(r => r.Month)
        .OrderBy(g => g.Key)
        .Select(g => new MonthMeasures(g.Key, DossierMeasures.Sum(g.Select(r => r.Measures))))
        .ToList();

    /// <summary>The warehouse's spelling of a kind (camelCase, as the API writes it).</summary>
    public static string KindName(OrgUnitKind kind) => kind.ToString() is var text ? char.ToLowerInvariant(text[0]) + text[1..] : "";

    private IEnumerable<(DateOnly Month, int UnitId, DossierMeasures Measures)> From(DateOnly fromMonth) => rows.Where(r => r.Month >= fromMonth);
}

public sealed class DossierBreakdownQueries(DossierQueries dossiers, WarehouseDbContext db)
{
    public async Task<DossierBreakdown> ByMonthAndRankedUnitAsync(ReportingPeriod period, DossierScope scope, CancellationToken cancellationToken)
    {
        var rows = await dossiers.ByMonthAndRankedUnitAsync(period, scope, cancellationToken);
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        return new DossierBreakdown(rows, units);
    }
}
