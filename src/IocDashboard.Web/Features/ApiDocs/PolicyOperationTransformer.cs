using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IocDashboard.Web.Features.ApiDocs;

/// <summary>The policy of each described (minimal-API) operation, from its endpoint's metadata.</summary>
internal sealed class PolicyOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        OperationPolicy.Mark(operation, EndpointPolicy.Of(context.Description.ActionDescriptor.EndpointMetadata));
        return Task.CompletedTask;
    }
}
