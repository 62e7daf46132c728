using System.Globalization;
using IocDashboard.SourceSimulator.Faults;
using IocDashboard.SourceSimulator.Hosting;
using IocDashboard.SourceSimulator.Live;
using IocDashboard.SourceSimulator.Sources;
using Microsoft.Extensions.Options;

namespace IocDashboard.SourceSimulator.Templates;

/// <summary>GET /chitieu/template.xlsx?year=YYYY (default: the simulated year).</summary>
internal static class TemplateApi
{
    public static IEndpointRouteBuilder MapIndicatorTemplate(this IEndpointRouteBuilder app)
    {
        app.MapGet("/" + SourceCatalog.Indicators + "/template.xlsx", GetTemplate).WithTags("Indicators");
        return app;
    }

    public static async Task<IResult> GetTemplate(
        string? year, HttpContext context, SimulatorData data, FaultRegistry faults, SimulatedClock clock, IOptions<SimulatorOptions> options)
    {
        if (data.Current?.Indicators is not { } book || faults.For(SourceCatalog.Indicators) is not { } sourceFaults)
        {
            return SourceProblems.NotServed(SourceCatalog.Indicators);
        }

        var now = clock.Now;
        var wanted = now.Year;
        if (!string.IsNullOrWhiteSpace(year)
            && (!int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out wanted) || wanted is < 2000 or > 2100))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["year"] = ["year must be a year from 2000 to 2100."] },
                detail: "Invalid query parameter(s): year");
        }

        if (await FaultGate.BeforeAsync(context, sourceFaults.Decide(), options.Value.TimeoutHold) is { } failure)
        {
            return failure;
        }

        var bytes = IndicatorTemplate.Build(book, wanted, now);
        return TypedResults.File(bytes, IndicatorTemplate.ContentType, $"BaoCao-ChiTieu-{wanted}.xlsx");
    }
}
