using IocDashboard.Ingestion.State;
using Microsoft.AspNetCore.Http.HttpResults;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Web.Features.Sources;

/// <summary>GET /api/sources: every configured source with its freshness (last success, newest record, SLA, stale) and whether it is paused.</summary>
internal static class SourceApi
{
    public static IEndpointRouteBuilder MapSourceApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/sources").WithTags("Sources").RequireAuthorization(AccessPolicies.Leader).MapGet("/", Get);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<SourceFreshness>>> Get(IngestionStateReader ingestionState, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ingestionState.FreshnessAsync(cancellationToken));
}
