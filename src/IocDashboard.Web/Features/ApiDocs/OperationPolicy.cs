using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace IocDashboard.Web.Features.ApiDocs;

/// <summary>
/// Writes an endpoint's policy (<see cref="EndpointPolicy"/>) into its operation, and reads it back: the described
/// endpoints get it from <see cref="PolicyOperationTransformer"/>, the others from <see cref="RoutedEndpointsTransformer"/>,
/// and <see cref="SecuritySchemesTransformer"/> turns it into security requirements once the schemes are declared.
/// </summary>
internal static class OperationPolicy
{
    /// <summary>The extension every operation carries: the policy's name, "anonymous" or "none".</summary>
    public const string Extension = "x-ioc-policy";

    public static void Mark(OpenApiOperation operation, string policy)
    {
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal);
        operation.Extensions[Extension] = new JsonNodeExtension(JsonValue.Create(policy));
        var line = EndpointPolicy.Description(policy);
        operation.Description = string.IsNullOrWhiteSpace(operation.Description) ? line : operation.Description + "\n\n" + line;
    }

    /// <summary>The policy an operation was marked with; null for one that was not.</summary>
    public static string? Read(OpenApiOperation operation) =>
        operation.Extensions is { } extensions && extensions.TryGetValue(Extension, out var extension)
        && extension is JsonNodeExtension { Node: JsonValue value } && value.TryGetValue<string>(out var policy)
            ? policy
            : null;
}
