using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.SourceSimulator.Sources;

/// <summary>GET /api/sources: the systems this process plays.</summary>
internal static class SourcesApi
{
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sources", GetSources).WithTags("Sources");
        return app;
    }

    public static Ok<List<SourceDto>> GetSources(SourceCatalog catalog) =>
        TypedResults.Ok(catalog.Served.Select(s => new SourceDto(s.Id, s.KindName, s.Name)).ToList());
}

public sealed record SourceDto(string Id, string Kind, string Name);
