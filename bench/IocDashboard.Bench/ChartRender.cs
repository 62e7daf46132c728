using System.Diagnostics;
using System.Globalization;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Reports.Charts;
using IocDashboard.Warehouse;
using IocDashboard.Warehouse.Queries;
using Microsoft.Extensions.DependencyInjection;
using ScottPlot;

namespace IocDashboard.Bench;

/// <summary>
/// Draws one chart as the chart endpoint does (a new plot from the chart definition, then the image), many times
/// at 1920×1080 after a warm-up, PNG and SVG apart. The data is read once from the warehouse: this times the
/// drawing, which /api/charts adds to the query the JSON API already runs.
/// </summary>
internal static class ChartRender
{
    private static readonly DateOnly AsOf = new(2024, 10, 31);
    private static readonly ChartSize Size = new(1920, 1080);
    private const int WarmUp = 5;

    public static async Task<int> RunAsync(string connectionString, string chart, int renders)
    {
        await using var services = new ServiceCollection().AddLogging().AddWarehouse(connectionString).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var draw = await DefinitionAsync(scope.ServiceProvider, chart);
        if (draw is null)
        {
            Console.Error.WriteLine($"chart-render: unknown chart '{chart}' (task-status, task-areas, indicators, unit-on-time, dossier-trend)");
            return 2;
        }

        foreach (var format in new[] { ChartFormat.Png, ChartFormat.Svg })
        {
            var times = new List<double>(renders);
            var bytes = 0;
            for (var i = 0; i < WarmUp + renders; i++)
            {
                var watch = Stopwatch.StartNew();
                using (var plot = draw())
                {
                    bytes = ChartImage.Render(plot, format, Size).Length;
                }

                if (i >= WarmUp)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"chart-render {chart} {format.ToString().ToUpperInvariant()} {Size.Width}×{Size.Height}: {renders} renders after {WarmUp} warm-up, {Timings.Summary(times)} ({bytes:N0} bytes)"));
        }

        return 0;
    }

    /// <summary>The chart's data, read once as the endpoint reads it (the province, all levels), and its definition.</summary>
    private static async Task<Func<Plot>?> DefinitionAsync(IServiceProvider services, string chart)
    {
        var province = await services.GetRequiredService<OrgUnitQueries>().FindAsync("TNH", CancellationToken.None)
            ?? throw new InvalidOperationException("the warehouse has no province: seed it first");
        var scope = new DossierScope(province.Id, false, DossierScope.AllLevels);
        var breakdowns = services.GetRequiredService<DossierBreakdownQueries>();
        switch (chart)
        {
            case TaskStatusChart.Name or TaskAreasChart.Name:
                var tasks = await services.GetRequiredService<TaskQueries>().SummaryAsync(AsOf, CancellationToken.None);
                return chart == TaskStatusChart.Name ? () => TaskStatusChart.Create(tasks) : () => TaskAreasChart.Create(tasks);
            case IndicatorChart.Name:
                var indicators = await services.GetRequiredService<IndicatorQueries>().SummaryAsync(AsOf, CancellationToken.None);
                return () => IndicatorChart.Create(indicators);
            case UnitOnTimeChart.Name:
                var period = new Domain.Periods.ReportingPeriod(new DateOnly(AsOf.Year, 1, 1), AsOf);
                var units = (await breakdowns.ByMonthAndRankedUnitAsync(period, scope, CancellationToken.None)).Ranking(Domain.OrgUnits.OrgUnitKind.District);
                return () => UnitOnTimeChart.Create(units, Domain.OrgUnits.OrgUnitKind.District, period, OnTimeThresholds.Default);
            case DossierTrendChart.Name:
                var months = (await breakdowns.ByMonthAndRankedUnitAsync(DossierBreakdown.TwelveMonthsTo(AsOf), scope, CancellationToken.None)).ByMonth();
                return () => DossierTrendChart.Create(months, province.Name, AsOf, OnTimeThresholds.Default);
            default:
                return null;
        }
    }
}
