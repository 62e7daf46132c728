using System.Text.Json.Serialization;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace IocDashboard.Warehouse.Queries;

/// <summary>
/// An org unit as it stood on a date, with the units under it valid the same day. StatCode and Seat are the values
/// of that day; Successors and Predecessors (left out when there are none) are the units it went into or came from,
/// whatever the date, with whether only part of the old unit went across.
/// </summary>
public sealed record OrgUnitNode(
    string Code,
    string Name,
    string Kind,
    string? StatCode,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OrgUnitSeat? Seat,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OrgUnitLink>? Successors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OrgUnitLink>? Predecessors,
    IReadOnlyList<OrgUnitNode> Children);

/// <summary>The other end of a successor link; Partial when the old unit was split and only part of it went across.</summary>
public sealed record OrgUnitLink(string Code, bool Partial);

/// <summary>The unit a unit has its seat in (the province's: the city, later the ward, it sits in).</summary>
public sealed record OrgUnitSeat(string Code, string Name);

public sealed class OrgUnitQueries(WarehouseDbContext db)
{
    /// <summary>The unit with this code, past or present; null when there is none.</summary>
    public Task<OrgUnit?> FindAsync(string code, CancellationToken cancellationToken) =>
        // PostgreSQL text cannot hold a NUL character: sent as a parameter, it fails the whole query (SQLSTATE 22021)
        // and the caller would get a 500 for what is only an unknown code. No code has one, so none matches.
        code.Contains('\0', StringComparison.Ordinal)
            ? Task.FromResult<OrgUnit?>(null)
            : db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, cancellationToken);

    /// <summary>Every unit, past and present (a few hundred), for a form's choice of unit.</summary>
    public async Task<IReadOnlyList<OrgUnit>> AllAsync(CancellationToken cancellationToken) =>
        await db.OrgUnits.AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>
    /// The units whose data <paramref name="unit"/> carries on (its predecessors through every chain of successor
    /// links), and whether one of them was split, so that figures counting them whole are approximate.
    /// </summary>
    public async Task<(IReadOnlyList<int> Ids, bool Approximate)> PredecessorsAsync(OrgUnit unit, CancellationToken cancellationToken)
    {
        var codes = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);
        var links = await db.OrgUnitSuccessors.AsNoTracking().ToListAsync(cancellationToken);
        var origin = new OrgUnitLineage(links.Select(l => new SuccessorLink(codes[l.PredecessorId], codes[l.SuccessorId], l.Partial)))
            .OriginOf(unit.Code);
        var ids = codes.ToDictionary(c => c.Value, c => c.Key, StringComparer.Ordinal);
        return (origin.Predecessors.Select(p => ids[p.Code]).ToList(), origin.Approximate);
    }

    /// <summary>
    /// The latest day within the period (after its first) on which a unit the scope counts began or ended: the
    /// scope's own unit, its predecessors (scope=current) and, unless it is the unit alone, their descendants. Null
    /// when the units counted were the same throughout (<see cref="ScopeChange"/>).
    /// </summary>
    public async Task<DateOnly?> ScopeChangeAsync(DossierScope scope, ReportingPeriod period, CancellationToken cancellationToken) =>
        (await ScopeChangesAsync(scope, [period], cancellationToken))[0];

    /// <summary><see cref="ScopeChangeAsync"/> for several periods (a period and those it is compared with) from one read of the units.</summary>
    public async Task<IReadOnlyList<DateOnly?>> ScopeChangesAsync(DossierScope scope, IReadOnlyList<ReportingPeriod> periods, CancellationToken cancellationToken)
    {
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.ValidFrom, u.ValidTo }).ToListAsync(cancellationToken);
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
        var counted = new HashSet<int>(scope.Predecessors.Append(scope.UnitId));
        var pending = new Queue<int>(scope.SelfOnly ? [] : counted);
        while (pending.TryDequeue(out var id))
        {
            foreach (var child in children[id].Where(c => counted.Add(c.Id)))
            {
                pending.Enqueue(child.Id);
            }
        }

        var spans = units.Where(u => counted.Contains(u.Id)).Select(u => (u.ValidFrom, u.ValidTo)).ToList();
        return periods.Select(p => ScopeChange.Within(spans, p.From, p.To)).ToList();
    }

    /// <summary>The province's tree as it stood on <paramref name="asOf"/> (units valid that day).</summary>
    public async Task<IReadOnlyList<OrgUnitNode>> TreeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        // A few hundred units and links in all: read whole, the links need the codes of units outside the day's tree.
        var all = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Id).ToListAsync(cancellationToken);
        var links = await db.OrgUnitSuccessors.AsNoTracking().ToListAsync(cancellationToken);
        var revisions = await db.OrgUnitRevisions.AsNoTracking()
            .Where(r => r.ValidFrom <= asOf && (r.ValidTo == null || asOf < r.ValidTo))
            .ToListAsync(cancellationToken);

        var byId = all.ToDictionary(u => u.Id);
        var revisionOf = revisions.GroupBy(r => r.OrgUnitId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.ValidFrom)!);
        var successors = links.ToLookup(l => l.PredecessorId, l => new OrgUnitLink(byId[l.SuccessorId].Code, l.Partial));
        var predecessors = links.ToLookup(l => l.SuccessorId, l => new OrgUnitLink(byId[l.PredecessorId].Code, l.Partial));
        static IReadOnlyList<OrgUnitLink>? Listed(IEnumerable<OrgUnitLink> found) =>
            found.OrderBy(l => l.Code, StringComparer.Ordinal).ToList() is { Count: > 0 } list ? list : null;

        var units = all.Where(u => u.IsValidOn(asOf)).ToList();
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
        OrgUnitNode Node(OrgUnit unit)
        {
            var revision = revisionOf.GetValueOrDefault(unit.Id);
            var seat = revision?.SeatId is { } seatId ? byId[seatId] : null;
            return new OrgUnitNode(
                unit.Code, unit.Name, unit.Kind, revision?.StatCode ?? unit.StatCode, unit.ValidFrom, unit.ValidTo,
                seat is null ? null : new OrgUnitSeat(seat.Code, seat.Name),
                Listed(successors[unit.Id]), Listed(predecessors[unit.Id]),
                children[unit.Id].Select(Node).ToList());
        }

        var valid = units.Select(u => u.Id).ToHashSet();
        return units.Where(u => u.ParentId is null || !valid.Contains(u.ParentId.Value)).Select(Node).ToList();
    }
}
