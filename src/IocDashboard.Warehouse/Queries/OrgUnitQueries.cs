using IocDashboard.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace IocDashboard.Warehouse.Queries;

/// <summary>An org unit and the units under it that are valid on the same date.</summary>
public sealed record OrgUnitNode(string Code, string Name, string Kind, IReadOnlyList<OrgUnitNode> Children);

public sealed class OrgUnitQueries(WarehouseDbContext db)
{
    public Task<OrgUnit?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, cancellationToken);

    /// <summary>The province's tree as it stood on <paramref name="asOf"/> (units valid that day).</summary>
    public async Task<IReadOnlyList<OrgUnitNode>> TreeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var units = await db.OrgUnits.AsNoTracking()
            .Where(u => u.ValidFrom <= asOf && (u.ValidTo == null || asOf < u.ValidTo))
            .OrderBy(u => u.Id)
            .ToListAsync(cancellationToken);
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
        OrgUnitNode Node(OrgUnit unit) => new(unit.Code, unit.Name, unit.Kind, children[unit.Id].Select(Node).ToList());
        var valid = units.Select(u => u.Id).ToHashSet();
        return units.Where(u => u.ParentId is null || !valid.Contains(u.ParentId.Value)).Select(Node).ToList();
    }
}
