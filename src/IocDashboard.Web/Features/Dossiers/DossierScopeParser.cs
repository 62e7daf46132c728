using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;

namespace IocDashboard.Web.Features.Dossiers;

/// <summary>Reads unit, scope and level from the query string into a <see cref="DossierScope"/>.</summary>
internal static class DossierScopeParser
{
    public const string ProvinceCode = "TNH";

    public static async Task<(DossierScope? Scope, OrgUnit? Unit)> ParseAsync(
        QueryErrors errors, OrgUnitQueries units, string? unit, string? scope, string? level, CancellationToken cancellationToken)
    {
        var selfOnly = false;
        var current = false;
        if (!string.IsNullOrWhiteSpace(scope))
        {
            switch (scope.Trim().ToLowerInvariant())
            {
                case "self":
                    selfOnly = true;
                    break;
                case "all":
                    break;
                case "current":
                    current = true;
                    break;
                default:
                    errors.Add("scope", $"'{scope}' is not a scope; use 'self' (the unit alone), 'all' (with its descendants, the default) or 'current' (within today's boundaries: also the former units it was formed from).");
                    break;
            }
        }

        var levels = new List<ProcedureLevel>();
        if (string.IsNullOrWhiteSpace(level))
        {
            levels.AddRange(DossierScope.AllLevels);
        }
        else
        {
            foreach (var part in level.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (DossierCodes.TryParseLevel(part, out var parsed))
                {
                    levels.Add(parsed);
                }
                else
                {
                    errors.Add("level", $"'{part}' is not a procedure level; use province, district or commune (comma-separated).");
                }
            }

            if (levels.Count == 0 && !errors.Any)
            {
                errors.Add("level", "No procedure level given.");
            }
        }

        var code = string.IsNullOrWhiteSpace(unit) ? ProvinceCode : unit.Trim();
        var found = await units.FindAsync(code, cancellationToken);
        if (found is null)
        {
            errors.Add("unit", $"Unknown org unit '{code}'.");
        }

        if (errors.Any || found is null)
        {
            return (null, null);
        }

        var dossierScope = new DossierScope(found.Id, selfOnly, levels.Distinct().ToList());
        if (current)
        {
            var (predecessors, approximate) = await units.PredecessorsAsync(found, cancellationToken);
            dossierScope = dossierScope with { Current = true, Predecessors = predecessors, Approximate = approximate };
        }

        return (dossierScope, found);
    }

    /// <summary>The scope as the API's responses spell it, the value of <c>scope</c> that asks for it.</summary>
    public static string Name(DossierScope scope) => scope switch
    {
        { SelfOnly: true } => "self",
        { Current: true } => "current",
        _ => "all",
    };

    /// <summary>"phạm vi thay đổi từ 01/7/2025" beside figures whose units changed within the period; null otherwise.</summary>
    public static async Task<string?> ScopeChangedTextAsync(OrgUnitQueries units, DossierScope scope, Domain.Periods.ReportingPeriod period, CancellationToken cancellationToken) =>
        await units.ScopeChangeAsync(scope, period, cancellationToken) is { } day ? ScopeChange.Text(day) : null;

    /// <summary>"xấp xỉ" beside figures that count a split former unit whole; null otherwise.</summary>
    public static string? ApproximateText(DossierScope scope) => scope.Approximate ? OrgUnitLineage.ApproximateText : null;
}
