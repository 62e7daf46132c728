using System.Globalization;
using IocDashboard.Reports.Charts;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Web.Features.Charts;

/// <summary>
/// GET /api/charts/{chart}.png and .svg: the server's chart images, drawn by ScottPlot from the queries behind the
/// JSON API and the wall, with the query parameters of that API plus width and height.
/// </summary>
internal static class ChartApi
{
    public static IEndpointRouteBuilder MapChartApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/charts").WithTags("Charts").RequireAuthorization(AccessPolicies.Leader).MapGet("/{chart}.{format}", Get);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Get(
        string chart, string format, [AsParameters] ChartQuery query, IServiceProvider services, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var imageFormat = Format(errors, format);
        var size = Size(errors, query.Width, query.Height);
        if (!ChartSources.All.TryGetValue(chart, out var source))
        {
            errors.Add("chart", $"Unknown chart '{chart}'; use one of: {string.Join(", ", ChartSources.All.Keys)}.");
            return errors.ToProblem();
        }

        // The source reads its own parameters into the same errors and draws only when every parameter is valid.
        using var plot = await source(query, errors, services, cancellationToken);
        if (plot is null || imageFormat is not { } f || size is null)
        {
            return errors.ToProblem();
        }

        return TypedResults.File(ChartImage.Render(plot, f, size), ChartImage.ContentType(f));
    }

    private static ChartFormat? Format(QueryErrors errors, string format)
    {
        switch (format.ToLowerInvariant())
        {
            case "png":
                return ChartFormat.Png;
            case "svg":
                return ChartFormat.Svg;
            default:
                errors.Add("format", $"'.{format}' is not an image format of the charts; use .png or .svg.");
                return null;
        }
    }

    private static ChartSize? Size(QueryErrors errors, string? width, string? height)
    {
        var w = Pixels(errors, "width", width, ChartSize.Default.Width, ChartSize.MinWidth, ChartSize.MaxWidth);
        var h = Pixels(errors, "height", height, ChartSize.Default.Height, ChartSize.MinHeight, ChartSize.MaxHeight);
        return w is { } x && h is { } y ? new ChartSize(x, y) : null;
    }

    private static int? Pixels(QueryErrors errors, string name, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels >= min && pixels <= max)
        {
            return pixels;
        }

        errors.Add(name, $"'{value}' is not a {name} in pixels from {min} to {max}.");
        return null;
    }
}

/// <summary>The query string of a chart: each chart reads the parameters of the API that feeds it; width and height apply to all.</summary>
internal sealed record ChartQuery(string? AsOf, string? From, string? To, string? Unit, string? Scope, string? Level, string? Kind, string? Width, string? Height);
