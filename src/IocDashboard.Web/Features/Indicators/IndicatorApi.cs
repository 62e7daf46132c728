using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Indicators;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.Web.Features.Indicators;

public sealed record IndicatorPoint(string Period, decimal Value);

public sealed record IndicatorItem(
    string Code, string Name, string Unit, decimal? Target, string TargetText, decimal? Actual, string ActualText,
    string? ActualPeriod, bool Achieved, string Direction, IReadOnlyList<IndicatorPoint> Series);

public sealed record IndicatorsResponse(DateOnly AsOf, int Year, int Total, int Achieved, string AchievedText, IReadOnlyList<IndicatorItem> Items);

/// <summary>GET /api/indicators: the 16 digital-transformation indicators, target against latest value.</summary>
internal static class IndicatorApi
{
    public static IEndpointRouteBuilder MapIndicatorApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/indicators").WithTags("DX indicators").MapGet("/", Get);
        return app;
    }

    public static async Task<Results<Ok<IndicatorsResponse>, ValidationProblem>> Get(
        string? asOf, IndicatorQueries indicators, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        if (errors.OptionalDate("asOf", asOf, clock.Today()) is not { } day)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await OnDateAsync(indicators, day, cancellationToken));
    }

    /// <summary>The indicators on a date with target, latest value and achievement: the API's answer and the wall's panel.</summary>
    public static async Task<IndicatorsResponse> OnDateAsync(IndicatorQueries indicators, DateOnly day, CancellationToken cancellationToken)
    {
        var items = (await indicators.OnDateAsync(day, cancellationToken)).Select(i => new IndicatorItem(
            i.Code, i.Name, i.Unit, i.Target, Text(i.Target, i.Unit), i.Actual, Text(i.Actual, i.Unit),
            i.ActualPeriod?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), i.Achieved,
            i.Direction == IndicatorDirection.LowerIsBetter ? "lower" : "higher",
            i.Series.Select(p => new IndicatorPoint(p.Period.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), p.Value)).ToList()))
            .ToList();
        var achieved = items.Count(i => i.Achieved);
        return new IndicatorsResponse(day, day.Year, items.Count, achieved, $"{achieved}/{items.Count} chỉ tiêu đạt", items);
    }

    private static string Text(decimal? value, string unit) => value is not { } v
        ? "—"
        : unit == "percent" ? VietnameseFormat.Number(v) + "%" : VietnameseFormat.Number(v);
}
