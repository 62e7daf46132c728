using IocDashboard.Domain.Dossiers;

namespace IocDashboard.Warehouse.Queries;

/// <summary>Which dossiers a query counts: a unit with its descendants (or itself only), at some procedure levels.</summary>
public sealed record DossierScope(int UnitId, bool SelfOnly, IReadOnlyList<ProcedureLevel> Levels)
{
    public static readonly IReadOnlyList<ProcedureLevel> AllLevels = Enum.GetValues<ProcedureLevel>();
}
