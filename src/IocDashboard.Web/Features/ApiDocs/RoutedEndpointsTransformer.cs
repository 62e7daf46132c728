using IocDashboard.Web.Features.Home;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IocDashboard.Web.Features.ApiDocs;

/// <summary>
/// Lists every routed endpoint that the minimal-API description leaves out — the Razor Pages, the wall page, the hub,
/// Hangfire's dashboard, /health, redirects — with its HTTP methods and policy, so that the document answers "what
/// does this app serve, and to whom" for all of it. The documentation's own endpoints (<see cref="ApiDocsEndpoint"/>:
/// this document and Scalar's page and files) are skipped: they are the means of reading the list, not part of it.
/// </summary>
internal sealed class RoutedEndpointsTransformer(EndpointDataSource endpoints, PageLoader pages) : IOpenApiDocumentTransformer
{
    public const string PagesTag = "Trang";
    public const string OtherTag = "Khác";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ApiDocsEndpoint>() is not null)
            {
                continue;
            }

            var path = RoutePaths.Of(endpoint.RoutePattern);
            var page = await PageAsync(endpoint);
            foreach (var method in Methods(endpoint, page))
            {
                var item = PathItem(document, path);
                // Already there: a described minimal-API endpoint, marked by PolicyOperationTransformer.
                if (item.Operations?.ContainsKey(method) == true)
                {
                    continue;
                }

                item.AddOperation(method, Operation(document, endpoint, page, method));
            }
        }
    }

    /// <summary>
    /// The methods an endpoint answers: its HttpMethodMetadata; for a Razor page, GET (a page renders without a
    /// handler) and its handlers' methods; otherwise GET alone, and the operation's description says so (the hub's
    /// negotiate is a POST and Hangfire's dashboard posts too, but their metadata does not declare methods).
    /// </summary>
    private static IEnumerable<HttpMethod> Methods(RouteEndpoint endpoint, CompiledPageActionDescriptor? page)
    {
        IEnumerable<string> methods =
            endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is { HttpMethods.Count: > 0 } declared ? declared.HttpMethods
            : page is not null ? page.HandlerMethods.Select(h => h.HttpMethod).Prepend("GET")
            : ["GET"];
        return methods.Select(m => m.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Select(m => new HttpMethod(m));
    }

    /// <summary>The compiled page behind a Razor Pages endpoint (its handler methods), loaded as the router would load it.</summary>
    private async Task<CompiledPageActionDescriptor?> PageAsync(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()
        ?? (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor ? await pages.LoadAsync(descriptor, endpoint.Metadata) : null);

    private static OpenApiPathItem PathItem(OpenApiDocument document, string path)
    {
        if (!document.Paths.TryGetValue(path, out var item))
        {
            item = new OpenApiPathItem();
            document.Paths[path] = item;
        }

        // The generator writes path items inline, never as references to components.
        return item as OpenApiPathItem ?? throw new InvalidOperationException($"path {path} is not an inline path item");
    }

    private static OpenApiOperation Operation(OpenApiDocument document, RouteEndpoint endpoint, CompiledPageActionDescriptor? page, HttpMethod method)
    {
        var tag = page is not null ? PagesTag : OtherTag;
        document.Tags ??= new HashSet<OpenApiTag>();
        if (!document.Tags.Any(t => t.Name == tag))
        {
            document.Tags.Add(new OpenApiTag { Name = tag, Description = tag == PagesTag ? "Trang HTML (Razor Pages)" : "Trang, trung tâm SignalR và điểm cuối khác ngoài API JSON" });
        }

        var operation = new OpenApiOperation
        {
            Summary = endpoint.Metadata.GetMetadata<HomeLinkAttribute>()?.Title ?? endpoint.DisplayName,
            Description = page is not null ? Handlers(page, method)
                : endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is null ? "Điểm cuối không khai báo phương thức HTTP; ghi là GET." : null,
            Tags = new HashSet<OpenApiTagReference> { new(tag, document) },
            Parameters = endpoint.RoutePattern.Parameters
                .Select(p => (IOpenApiParameter)new OpenApiParameter
                {
                    Name = p.Name,
                    In = ParameterLocation.Path,
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                })
                .ToList(),
            Responses = new OpenApiResponses
            {
                ["default"] = new OpenApiResponse { Description = page is not null ? "Trang HTML" : "Không mô tả chi tiết" },
            },
        };
        OperationPolicy.Mark(operation, EndpointPolicy.Of(endpoint.Metadata));
        return operation;
    }

    /// <summary>The page's named handlers for a method ("?handler=Pause"), which the path alone does not show.</summary>
    private static string? Handlers(CompiledPageActionDescriptor page, HttpMethod method)
    {
        var named = page.HandlerMethods
            .Where(h => string.Equals(h.HttpMethod, method.Method, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(h.Name))
            .Select(h => h.Name)
            .ToList();
        return named.Count == 0 ? null : "Xử lý (?handler=…): " + string.Join(", ", named);
    }
}
