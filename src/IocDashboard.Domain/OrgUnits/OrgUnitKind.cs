namespace IocDashboard.Domain.OrgUnits;

/// <summary>Kinds of org units. The API spells them in camelCase (serviceCentre).</summary>
public enum OrgUnitKind
{
    Province,
    ServiceCentre,
    Agency,
    District,
    Commune,
}
