namespace IocDashboard.Domain.OrgUnits;

/// <summary>The unit <paramref name="PredecessorCode"/> went into <paramref name="SuccessorCode"/>, wholly or (Partial) in part.</summary>
public sealed record SuccessorLink(string PredecessorCode, string SuccessorCode, bool Partial);

/// <summary>A unit at the other end of a chain of links; Partial when only part of the old unit's data went across.</summary>
public sealed record LineageLink(string Code, bool Partial);

/// <summary>One of today's units and every unit whose data it carries on.</summary>
public sealed record CurrentUnitOrigin(string Code, IReadOnlyList<LineageLink> Predecessors)
{
    /// <summary>
    /// Some predecessor was split between several of today's units: its figures cannot be divided between them, so
    /// this unit's figures that include it are approximate.
    /// </summary>
    public bool Approximate => Predecessors.Any(p => p.Partial);

    /// <summary>The label beside approximate figures, or null.</summary>
    public string? ApproximateText => Approximate ? OrgUnitLineage.ApproximateText : null;
}

/// <summary>
/// Which of today's units an old unit's data belongs to, from the successor links and the units valid on the day
/// asked about ("current"). Links chain (a commune merged
/// in 2020 whose successor was merged again in 2025): a unit carries on the data of every unit that leads to it. An
/// old unit reaches a later one partly when every chain between them has a partial link (the old unit, or one on the
/// way, was split); one whole chain is enough for all of its data to have gone there.
/// </summary>
public sealed class OrgUnitLineage
{
    /// <summary>What the product prints beside figures gathered from split units.</summary>
    public const string ApproximateText = "xấp xỉ";

    private readonly ILookup<string, LineageLink> _forward;
    private readonly ILookup<string, LineageLink> _backward;

    public OrgUnitLineage(IEnumerable<SuccessorLink> links)
    {
        var all = links.ToList();
        _forward = all.ToLookup(l => l.PredecessorCode, l => new LineageLink(l.SuccessorCode, l.Partial), StringComparer.Ordinal);
        _backward = all.ToLookup(l => l.SuccessorCode, l => new LineageLink(l.PredecessorCode, l.Partial), StringComparer.Ordinal);
    }

    /// <summary>Every unit whose data <paramref name="code"/> carries on, directly or through others, by code.</summary>
    public IReadOnlyList<LineageLink> PredecessorsOf(string code) => Walk(code, _backward);

    /// <summary>
    /// Which of <paramref name="current"/> (the units valid on the day asked about) <paramref name="code"/>'s data went
    /// into, by code. Empty when none did: the unit is current itself, or it ended without a successor that still
    /// stands (the district level ended in 2025 without one).
    /// </summary>
    public IReadOnlyList<LineageLink> CurrentUnitsOf(string code, IReadOnlySet<string> current) =>
        Walk(code, _forward).Where(l => current.Contains(l.Code)).ToList();

    /// <summary>The origin of <paramref name="code"/>'s data: its predecessors and whether its figures are approximate.</summary>
    public CurrentUnitOrigin OriginOf(string code) => new(code, PredecessorsOf(code));

    /// <summary>Each of <paramref name="current"/> that carries on older units' data, with its origin, by code.</summary>
    public IReadOnlyList<CurrentUnitOrigin> OriginsOf(IEnumerable<string> current) => current
        .Where(code => _backward.Contains(code))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .Select(OriginOf)
        .ToList();

    private static List<LineageLink> Walk(string start, ILookup<string, LineageLink> edges)
    {
        // code -> partial; a unit is revisited only when a whole chain to it turns up after a partial one, so each is
        // pushed at most twice and a cycle in bad data ends.
        var reached = new Dictionary<string, bool>(StringComparer.Ordinal);
        var pending = new Stack<LineageLink>();
        pending.Push(new LineageLink(start, false));
        while (pending.Count > 0)
        {
            var at = pending.Pop();
            foreach (var link in edges[at.Code])
            {
                var partial = at.Partial || link.Partial;
                if (reached.TryGetValue(link.Code, out var known) && (!known || known == partial))
                {
                    continue;
                }

                reached[link.Code] = partial;
                pending.Push(new LineageLink(link.Code, partial));
            }
        }

        reached.Remove(start);
        return reached.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new LineageLink(r.Key, r.Value)).ToList();
    }
}
