namespace IocDashboard.Web.Features.ApiDocs;

/// <summary>
/// Marks the documentation's own endpoints (the OpenAPI document, Scalar's page and its files), which
/// <see cref="RoutedEndpointsTransformer"/> leaves out of the list they serve.
/// </summary>
internal sealed class ApiDocsEndpoint
{
    public static readonly ApiDocsEndpoint Marker = new();

    private ApiDocsEndpoint()
    {
    }
}
