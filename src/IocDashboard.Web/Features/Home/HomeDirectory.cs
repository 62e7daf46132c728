using Microsoft.AspNetCore.Routing.Patterns;

namespace IocDashboard.Web.Features.Home;

/// <summary>A link on the home page, from the route table.</summary>
public sealed record HomeLink(string Section, string Title, string Href, int Order);

/// <summary>An endpoint of the JSON API with an example call.</summary>
public sealed record ApiLink(string Pattern, string? Example);

/// <summary>Reads the app's own route table for the home page: the pages that carry <see cref="HomeLinkAttribute"/> and the API's GET endpoints.</summary>
public sealed class HomeDirectory(EndpointDataSource endpoints)
{
    /// <summary>An example call for the endpoints that take parameters (until an OpenAPI page lists them all).</summary>
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["/api/dossiers/summary"] = "/api/dossiers/summary?from=2024-01-01&to=2024-09-30",
        ["/api/dossiers/by-field"] = "/api/dossiers/by-field?from=2024-01-01&to=2024-09-30",
        ["/api/dossiers/workload"] = "/api/dossiers/workload?from=2024-06-15&to=2024-09-14&by=unit",
        ["/api/tasks/summary"] = "/api/tasks/summary?asOf=2024-10-31",
        ["/api/tasks"] = "/api/tasks?asOf=2024-10-31&status=inProgressOverdue",
        ["/api/indicators"] = "/api/indicators?asOf=2024-10-31",
        ["/api/feedback/summary"] = "/api/feedback/summary?from=2024-01-01&to=2024-09-30",
        ["/api/procedures/summary"] = "/api/procedures/summary?asOf=2025-12-31",
        ["/api/org-units"] = "/api/org-units?asOf=2024-10-31",
        ["/api/sources"] = "/api/sources",
        ["/api/reports/{period}.xlsx"] = "/api/reports/2024-Q3.xlsx",
    };

    public IReadOnlyList<HomeLink> Links() =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Link: e.Metadata.GetMetadata<HomeLinkAttribute>()))
            .Where(x => x.Link is not null)
            .Select(x => new HomeLink(x.Link!.Section, x.Link.Title, x.Link.Href ?? Literal(x.Endpoint.RoutePattern), x.Link.Order))
            .DistinctBy(l => l.Href)
            .OrderBy(l => l.Order)
            .ToList();

    public IReadOnlyList<ApiLink> Api() =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => Literal(e.RoutePattern).TrimEnd('/'))
            .Where(path => path.StartsWith("/api/", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(path => new ApiLink(path, Examples.GetValueOrDefault(path)))
            .ToList();

    private static string Literal(RoutePattern pattern) => "/" + (pattern.RawText ?? "").TrimStart('/');
}
