using IocDashboard.SeedData.Reference;

namespace IocDashboard.SeedData.History;

/// <summary>
/// Where dossiers of one level arrive: the provincial service centre (province-level procedures, handled by
/// the field's owner agency), a district's own one-stop-shop, or a commune. The slot is the unit as it stands
/// after the 2020 reorganisation; earlier days use its predecessors.
/// </summary>
internal sealed record DossierStream(int Index, string Level, OrgUnitRow Slot, IReadOnlyList<OrgUnitRow> Predecessors, string SourceCode)
{
    public double Share { get; set; }

    public OrgUnitRow UnitOn(DateOnly day, Random random)
    {
        if (Slot.IsValidOn(day) || Predecessors.Count == 0)
        {
            return Slot;
        }

        var valid = Predecessors.Where(p => p.IsValidOn(day)).ToList();
        return valid.Count == 0 ? Slot : valid[random.Next(valid.Count)];
    }
}
