using IocDashboard.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace IocDashboard.Warehouse.Queries;

/// <summary>
/// The procedure catalogue on a date: counts by level and by online service level, those integrated on the national
/// portal, those that qualify for full-process online service and, of them, those provided so (online level 4).
/// </summary>
public sealed record ProcedureCatalogueCounts(
    int Total, IReadOnlyDictionary<short, int> ByLevel, IReadOnlyDictionary<short, int> ByOnlineLevel, int PortalIntegrated,
    int FullOnlineEligible, int FullOnlineProvided)
{
    /// <summary>Full-process online service: the online level that provides it.</summary>
    public const short FullOnlineLevel = 4;

    /// <summary>Provided fully online among those that qualify; null when none qualifies.</summary>
    public double? FullOnlineRate => FullOnlineEligible == 0 ? null : (double)FullOnlineProvided / FullOnlineEligible;
}

public sealed class ProcedureQueries(WarehouseDbContext db)
{
    public async Task<ProcedureCatalogueCounts> CatalogueAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var valid = db.Procedures.AsNoTracking().Where(p => p.ValidFrom <= asOf && (p.ValidTo == null || asOf < p.ValidTo));
        var groups = await valid
            .GroupBy(p => new { p.Level, p.OnlineLevel, p.PortalIntegrated, p.FullOnlineEligible })
            .Select(g => new { g.Key.Level, g.Key.OnlineLevel, g.Key.PortalIntegrated, g.Key.FullOnlineEligible, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var eligible = groups.Where(g => g.FullOnlineEligible).ToList();
        return new ProcedureCatalogueCounts(
            groups.Sum(g => g.Count),
            groups.GroupBy(g => g.Level).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)),
            groups.GroupBy(g => g.OnlineLevel).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)),
            groups.Where(g => g.PortalIntegrated).Sum(g => g.Count),
            eligible.Sum(g => g.Count),
            eligible.Where(g => g.OnlineLevel == ProcedureCatalogueCounts.FullOnlineLevel).Sum(g => g.Count));
    }
}
