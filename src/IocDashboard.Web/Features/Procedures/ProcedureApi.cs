using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Web.Features.Procedures;

public sealed record ProcedureLevelCounts(int Province, int District, int Commune);

public sealed record OnlineLevelCounts(int Level2, int Level3, int Level4);

/// <summary>
/// The catalogue on <paramref name="AsOf"/>. <paramref name="FullOnlineEligible"/>: procedures that qualify for full-process
/// online service; <paramref name="FullOnlineProvided"/>: those of them provided so (online level 4); the rate is the second
/// over the first.
/// </summary>
public sealed record ProcedureSummaryResponse(
    DateOnly AsOf, int Total, ProcedureLevelCounts ByLevel, OnlineLevelCounts ByOnlineLevel, int PortalIntegrated,
    int FullOnlineEligible, int FullOnlineProvided, double? FullOnlineRate, string FullOnlineRateText);

/// <summary>GET /api/procedures/summary: the administrative-procedure catalogue on a date.</summary>
internal static class ProcedureApi
{
    public static IEndpointRouteBuilder MapProcedureApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/procedures").WithTags("Procedures").RequireAuthorization(AccessPolicies.Leader).MapGet("/summary", GetSummary);
        return app;
    }

    public static async Task<Results<Ok<ProcedureSummaryResponse>, ValidationProblem>> GetSummary(
        string? asOf, ProcedureQueries procedures, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        if (errors.OptionalDate("asOf", asOf, clock.Today()) is not { } day)
        {
            return errors.ToProblem();
        }

        var c = await procedures.CatalogueAsync(day, cancellationToken);
        int Level(ProcedureLevel level) => c.ByLevel.GetValueOrDefault((short)level);
        return TypedResults.Ok(new ProcedureSummaryResponse(
            day,
            c.Total,
            new ProcedureLevelCounts(Level(ProcedureLevel.Province), Level(ProcedureLevel.District), Level(ProcedureLevel.Commune)),
            new OnlineLevelCounts(c.ByOnlineLevel.GetValueOrDefault((short)2), c.ByOnlineLevel.GetValueOrDefault((short)3), c.ByOnlineLevel.GetValueOrDefault((short)4)),
            c.PortalIntegrated,
            c.FullOnlineEligible,
            c.FullOnlineProvided,
            VietnameseFormat.Fraction(c.FullOnlineRate),
            VietnameseFormat.Percent(c.FullOnlineRate)));
    }
}
