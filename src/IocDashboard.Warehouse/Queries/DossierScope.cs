using IocDashboard.Domain.Dossiers;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Warehouse.Queries;

/// <summary>Which dossiers a query counts: a unit with its descendants (or itself only), at some procedure levels.</summary>
public sealed record DossierScope(int UnitId, bool SelfOnly, IReadOnlyList<ProcedureLevel> Levels)
{
    public static readonly IReadOnlyList<ProcedureLevel> AllLevels = Enum.GetValues<ProcedureLevel>();

    /// <summary>
    /// Opens a query with the CTE <c>scope_units (id)</c>: the org units whose dossiers the scope counts, from the
    /// parameters that <see cref="AddParameters"/> sets (@unit, @self; the queries filter on @levels themselves).
    /// Every dossier query starts from it, so a new kind of scope changes this and the parameters, not each query.
    /// </summary>
    internal const string UnitsCte = """
        with recursive scope_units as (
            select id from core.org_units where id = @unit
            union all
            select child.id from core.org_units child join scope_units parent on child.parent_id = parent.id where not @self
        )
        """;

    /// <summary>@unit, @self and @levels (smallint[]).</summary>
    internal void AddParameters(NpgsqlParameterCollection parameters)
    {
        parameters.AddWithValue("unit", UnitId);
        parameters.AddWithValue("self", SelfOnly);
        parameters.AddWithValue("levels", NpgsqlDbType.Array | NpgsqlDbType.Smallint, Levels.Select(l => (short)l).ToArray());
    }
}
