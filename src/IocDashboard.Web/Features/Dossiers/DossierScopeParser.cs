using IocDashboard.Domain.Dossiers;
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
        if (!string.IsNullOrWhiteSpace(scope))
        {
            switch (scope.Trim().ToLowerInvariant())
            {
                case "self":
                    selfOnly = true;
                    break;
                case "all":
                    break;
                default:
                    errors.Add("scope", $"'{scope}' is not a scope; use 'self' (the unit alone) or 'all' (with its descendants, the default).");
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

        return errors.Any || found is null ? (null, null) : (new DossierScope(found.Id, selfOnly, levels.Distinct().ToList()), found);
    }

    /// <summary>The scope as the API's responses spell it, the value of <c>scope</c> that asks for it.</summary>
    public static string Name(DossierScope scope) => scope.SelfOnly ? "self" : "all";
}
