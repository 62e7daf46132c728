using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Indicators;
using IocDashboard.Domain.Tasks;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Tests.Charts;

/// <summary>Small, made-up inputs of the chart definitions, shaped as the warehouse queries return them.</summary>
internal static class ChartSamples
{
    public static readonly DateOnly Day = new(2024, 10, 31);

    /// <summary>Tasks in two areas with the given counts per status (in enum order), spread over the areas in turn.</summary>
    public static TaskSummary Tasks(params int[] countsByStatus)
    {
        ReformAreaInfo[] areas = [new("TC", "Cải cách thể chế", true), new("CPS", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", true)];
        var statuses = Enum.GetValues<ReformTaskStatus>();
        var tasks = new List<ReformTaskOnDate>();
        for (var s = 0; s < countsByStatus.Length; s++)
        {
            for (var i = 0; i < countsByStatus[s]; i++)
            {
                var area = areas[tasks.Count % areas.Length];
                tasks.Add(new ReformTaskOnDate($"T{tasks.Count}", "Nhiệm vụ", area.Code, area.Name, "STP", "Sở Tư pháp", Day, Day, null, null, statuses[s], 0));
            }
        }

        return TaskSummary.Of(Day, tasks, areas);
    }

    public static IndicatorSummary Indicators() => IndicatorSummary.Of(Day,
    [
        Indicator("CDS01", "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", 50m, 62.5m),
        Indicator("CDS02", "Tỷ lệ dịch vụ công trực tuyến toàn trình", 100m, 81.25m),
        Indicator("CDS03", "Tỷ trọng kinh tế số trong GRDP của tỉnh", 16m, null),
    ]);

    public static DossierMeasures Measures(long received, long resolvedOnTime, long resolvedLate) =>
        new(received, resolvedOnTime, resolvedLate, received - resolvedOnTime - resolvedLate, 0, received, 0, 0, 0);

    public static IReadOnlyList<RankedUnit> Units() =>
    [
        new("703", "Thành phố Tây Ninh", "district", Measures(1000, 970, 30)),
        new("705", "Huyện Tân Biên", "district", Measures(1000, 920, 80)),
        new("706", "Huyện Tân Châu", "district", Measures(1000, 850, 150)),
        new("707", "Huyện Dương Minh Châu", "district", Measures(10, 0, 0)),
    ];

    public static IReadOnlyList<MonthMeasures> Months() => Enumerable.Range(0, 12)
        .Select(i => new MonthMeasures(new DateOnly(2023, 11, 1).AddMonths(i), Measures(30_000 + (i * 1_234), 27_000 + (i * 250), 1_500)))
        .ToList();

    private static IndicatorOnDate Indicator(string code, string name, decimal target, decimal? actual) => new(
        code, name, "percent", IndicatorDirection.HigherIsBetter, target, actual, actual is null ? null : new DateOnly(2024, 10, 1),
        actual is { } a && IndicatorAchievement.IsAchieved(a, target, IndicatorDirection.HigherIsBetter), []);
}
