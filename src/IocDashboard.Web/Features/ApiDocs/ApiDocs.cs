using IocDashboard.Web.Features.Accounts;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace IocDashboard.Web.Features.ApiDocs;

/// <summary>
/// The OpenAPI document of the whole app at /openapi/v1.json — the JSON API as described by its handlers, and every
/// other routed endpoint (pages, hub, dashboard, health) by path and method — each operation with who may call it
/// (<c>x-ioc-policy</c>); and Scalar's reference page for it at /api-docs (<see cref="ScalarPage"/>). Both for the
/// Leader policy and above.
/// </summary>
public static class ApiDocs
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePath = "/api-docs";
    public const string Title = "IOC Tây Ninh — API";

    public static IServiceCollection AddApiDocs(this IServiceCollection services) => services.AddOpenApi(DocumentName, options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = Title,
                Version = DocumentName,
                Description = "API JSON của Trung tâm điều hành thông minh (IOC) tỉnh Tây Ninh, cùng mọi trang và điểm cuối khác của ứng dụng. " +
                    "Mỗi thao tác ghi rõ quyền truy cập (x-ioc-policy).",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer<PolicyOperationTransformer>();
        options.AddDocumentTransformer<RoutedEndpointsTransformer>();
        // Last: it turns the policies every operation now carries into security requirements.
        options.AddDocumentTransformer<SecuritySchemesTransformer>();
    });

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json")
            .RequireAuthorization(AccessPolicies.Leader)
            .WithMetadata(ApiDocsEndpoint.Marker);
        app.MapScalarApiReference(PagePath, ScalarPage.Configure)
            .RequireAuthorization(AccessPolicies.Leader)
            .WithMetadata(ApiDocsEndpoint.Marker);
        return app;
    }
}
