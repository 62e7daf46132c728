using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace IocDashboard.Integration.Tests.Features.Security;

/// <summary>
/// A GET endpoint of the running app as the query fuzzer sees it: its route (with the names of its route parameters)
/// and the names of the query parameters its handler reads, taken from the handler's own parameters (those that bind
/// from the query string, including the properties of an <c>[AsParameters]</c> record), so that a new endpoint or a
/// new parameter is fuzzed without this list being edited.
/// </summary>
internal sealed record FuzzedEndpoint(RoutePattern Route, IReadOnlyList<string> RouteParameters, IReadOnlyList<string> QueryParameters)
{
    public string Pattern => Route.RawText ?? "";

    /// <summary>Every parameter the endpoint names in a validation problem, route and query alike.</summary>
    public IEnumerable<string> Parameters => RouteParameters.Concat(QueryParameters);

    public override string ToString() => $"{Pattern} ?{string.Join('&', QueryParameters)}";

    /// <summary>The GET endpoints whose route pattern <paramref name="include"/> admits, in a stable order.</summary>
    public static IReadOnlyList<FuzzedEndpoint> Discover(EndpointDataSource endpoints, Func<string, bool> include) =>
        endpoints.Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true)
            .Where(e => include(e.RoutePattern.RawText ?? ""))
            .Select(Of)
            .OrderBy(e => e.Pattern, StringComparer.Ordinal)
            .ToList();

    /// <summary>The path with each route parameter replaced by the given value (as the app will see it, decoded).</summary>
    public string Path(IReadOnlyDictionary<string, string> values)
    {
        var path = new System.Text.StringBuilder();
        foreach (var segment in Route.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => values[parameter.Name],
                    _ => throw new InvalidOperationException($"unexpected route part {part.GetType().Name} in {Pattern}"),
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static FuzzedEndpoint Of(RouteEndpoint endpoint)
    {
        var route = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
        var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
        var query = handler is null ? [] : QueryNames(handler.GetParameters(), route).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new FuzzedEndpoint(endpoint.RoutePattern, route, query);
    }

    private static IEnumerable<string> QueryNames(IEnumerable<ParameterInfo> parameters, IReadOnlyCollection<string> route)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                // A record's constructor parameters are its bound members.
                var constructor = parameter.ParameterType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
                foreach (var name in QueryNames(constructor.GetParameters(), route))
                {
                    yield return name;
                }
            }
            else if (BindsFromText(parameter.ParameterType) && parameter.GetCustomAttribute<FromServicesAttribute>() is null
                     && parameter.GetCustomAttribute<FromRouteAttribute>() is null && parameter.GetCustomAttribute<FromHeaderAttribute>() is null
                     && !route.Contains(parameter.Name!, StringComparer.OrdinalIgnoreCase))
            {
                yield return parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parameter.Name!;
            }
        }
    }

    /// <summary>What minimal APIs bind from the query string by convention: text, numbers, dates, and arrays of them.</summary>
    private static bool BindsFromText(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? (type.IsArray ? type.GetElementType()! : type);
        return t == typeof(string) || t == typeof(StringValues) || t.IsPrimitive || t.IsEnum || t == typeof(decimal)
               || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeOnly) || t == typeof(Guid);
    }
}
