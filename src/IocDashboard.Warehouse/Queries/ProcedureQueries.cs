using IocDashboard.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace IocDashboard.Warehouse.Queries;

/// <summary>The procedure catalogue on a date: counts by level and by online service level (DOMAIN.md §5).</summary>
public sealed record ProcedureCatalogueCounts(
    int Total, IReadOnlyDictionary<short, int> ByLevel, IReadOnlyDictionary<short, int> ByOnlineLevel, int PortalIntegrated);

public sealed class ProcedureQueries(WarehouseDbContext db)
{
    public async Task<ProcedureCatalogueCounts> CatalogueAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var valid = db.Procedures.AsNoTracking().Where(p => p.ValidFrom <= asOf && (p.ValidTo == null || asOf < p.ValidTo));
        var groups = await valid
            .GroupBy(p => new { p.Level, p.OnlineLevel, p.PortalIntegrated })
            .Select(g => new { g.Key.Level, g.Key.OnlineLevel, g.Key.PortalIntegrated, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new ProcedureCatalogueCounts(
            groups.Sum(g => g.Count),
            groups.GroupBy(g => g.Level).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)),
            groups.GroupBy(g => g.OnlineLevel).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)),
            groups.Where(g => g.PortalIntegrated).Sum(g => g.Count));
    }
}
