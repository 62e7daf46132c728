using IocDashboard.SeedData.Reference;

namespace IocDashboard.SeedData.History;

/// <summary>Which streams an anchor's scope covers: the unit's subtree (or the unit alone) at the given levels.</summary>
internal sealed class AnchorScopes(ReferenceData reference, IReadOnlyList<DossierStream> streams)
{
    private readonly Dictionary<string, OrgUnitRow> _units = reference.OrgUnits.ToDictionary(u => u.Code);

    public IReadOnlyList<int> StreamsOf(AnchorScope scope)
    {
        if (!_units.ContainsKey(scope.Unit))
        {
            throw new InvalidDataException($"anchor scope names unknown unit {scope.Unit}");
        }

        return streams
            .Where(s => scope.Levels is null || scope.Levels.Contains(s.Level))
            .Where(s => scope.Self ? s.Slot.Code == scope.Unit : IsWithin(s.Slot, scope.Unit))
            .Select(s => s.Index)
            .ToList();
    }

    private bool IsWithin(OrgUnitRow unit, string ancestorCode)
    {
        for (OrgUnitRow? u = unit; u is not null; u = u.ParentCode is { } p ? _units[p] : null)
        {
            if (u.Code == ancestorCode)
            {
                return true;
            }
        }

        return false;
    }
}
