using IocDashboard.SourceSimulator.Faults;
using IocDashboard.SourceSimulator.Hosting;
using IocDashboard.SourceSimulator.Sources;
using Microsoft.Extensions.Options;

namespace IocDashboard.SourceSimulator.Feeds.Indicators;

/// <summary>GET /chitieu/indicators: the indicator definitions with their yearly targets (no paging).</summary>
internal static class IndicatorApi
{
    public static IEndpointRouteBuilder MapIndicatorDefinitions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/" + SourceCatalog.Indicators + "/indicators", GetIndicators).WithTags("Indicators");
        return app;
    }

    public static async Task<IResult> GetIndicators(
        HttpContext context, SimulatorData data, FaultRegistry faults, IOptions<SimulatorOptions> options)
    {
        if (data.Current?.Indicators is not { } book || faults.For(SourceCatalog.Indicators) is not { } sourceFaults)
        {
            return SourceProblems.NotServed(SourceCatalog.Indicators);
        }

        var decided = sourceFaults.Decide();
        if (await FaultGate.BeforeAsync(context, decided, options.Value.TimeoutHold) is { } failure)
        {
            return failure;
        }

        var definitions = book.Indicators.Select(i => new IndicatorDefinition(
            i.Code, i.Name, i.Unit, i.Direction, i.OwnerAgencyCode,
            book.Targets.Where(t => t.IndicatorCode == i.Code).OrderBy(t => t.Year).Select(t => new IndicatorTarget(t.Year, t.Target)).ToList()))
            .ToList();
        return new JsonBodyResult(definitions, decided.Body, decided.Page.Random);
    }
}

public sealed record IndicatorDefinition(
    string Code, string Name, string Unit, string Direction, string OwnerAgencyCode, IReadOnlyList<IndicatorTarget> Targets);

public sealed record IndicatorTarget(int Year, decimal Target);
