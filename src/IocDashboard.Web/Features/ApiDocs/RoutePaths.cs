using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace IocDashboard.Web.Features.ApiDocs;

/// <summary>
/// A route pattern as an OpenAPI path, written the way Microsoft.AspNetCore.OpenApi writes the described endpoints'
/// paths: "/" before each segment, parameters as <c>{name}</c> without constraints, defaults, "?" or "**"
/// (<c>/admin/hangfire/{**path}</c> → <c>/admin/hangfire/{path}</c>), no trailing slash, "/" for the root.
/// </summary>
public static class RoutePaths
{
    public static string Of(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                _ = part switch
                {
                    RoutePatternLiteralPart literal => path.Append(literal.Content),
                    RoutePatternSeparatorPart separator => path.Append(separator.Content),
                    RoutePatternParameterPart parameter => path.Append('{').Append(parameter.Name).Append('}'),
                    _ => path,
                };
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }
}
