using IocDashboard.Domain.Dossiers;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Warehouse.Queries;

/// <summary>
/// Which dossiers a query counts: a unit with its descendants (or itself only), at some procedure levels; within
/// today's boundaries (<see cref="Current"/>) also the units whose data it carries on (<see cref="Predecessors"/>),
/// approximate when one of them was split.
/// </summary>
public sealed record DossierScope(int UnitId, bool SelfOnly, IReadOnlyList<ProcedureLevel> Levels)
{
    /// <summary>The ids of the units whose data the unit carries on, counted with it (scope=current).</summary>
    public IReadOnlyList<int> Predecessors { get; init; } = [];

    /// <summary>The scope asks for today's boundaries.</summary>
    public bool Current { get; init; }

    /// <summary>A predecessor was split between several of today's units: its dossiers count here whole.</summary>
    public bool Approximate { get; init; }

    public static readonly IReadOnlyList<ProcedureLevel> AllLevels = Enum.GetValues<ProcedureLevel>();

    /// <summary>
    /// Opens a query with the CTE <c>scope_units (id)</c>: the org units whose dossiers the scope counts, from the
    /// parameters that <see cref="AddParameters"/> sets (@unit, @self; the queries filter on @levels themselves).
    /// Every dossier query starts from it, so a new kind of scope changes this and the parameters, not each query.
    /// </summary>
    internal const string UnitsCte = """
        with recursive scope_units as (
            select id from core.org_units where id = @unit or id = any(@predecessors)
            union all
            select child.id from core.org_units child join scope_units parent on child.parent_id = parent.id where not @self
        )
        """;

    /// <summary>@unit, @predecessors (int[]), @self and @levels (smallint[]).</summary>
    internal void AddParameters(NpgsqlParameterCollection parameters)
    {
        parameters.AddWithValue("unit", UnitId);
        parameters.AddWithValue("predecessors", NpgsqlDbType.Array | NpgsqlDbType.Integer, Predecessors.ToArray());
        parameters.AddWithValue("self", SelfOnly);
        parameters.AddWithValue("levels", NpgsqlDbType.Array | NpgsqlDbType.Smallint, Levels.Select(l => (short)l).ToArray());
    }
}
