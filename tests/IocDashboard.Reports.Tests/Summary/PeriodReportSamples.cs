using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Indicators;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Domain.Tasks;
using IocDashboard.Reports.Forms;
using IocDashboard.Reports.Summary;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Tests.Summary;

/// <summary>Made-up reports of 2026-Q3, shaped as <see cref="PeriodReportSource"/> reads them.</summary>
internal static class PeriodReportSamples
{
    public static readonly ReportTerm Term = ReportTerm.Parse("2026-Q3");

    public static readonly ReportingPeriod Days = Term.Days(CutOff.Official);

    public static readonly DateOnly PreviousEnd = Days.From.AddDays(-1);

    // received 270.497 (250.000 online), resolved 260.103 of which 5.505 late.
    public static readonly WorkloadMeasures Now = new(250_000, 20_497, 1_000, 200_000, 54_598, 5_505, 10_000, 1_394);

    public static readonly WorkloadMeasures Before = new(200_000, 25_000, 900, 180_000, 40_000, 4_000, 2_000, 900);

    public static readonly ReformAreaInfo[] Areas = [new("TC", "Cải cách thể chế", true), new("CPS", "Chính quyền điện tử, chính quyền số", true)];

    public static ReformTaskOnDate Task(string code, string agency, ReformTaskStatus status, int daysOverdue = 0, string area = "TC") =>
        new(code, $"Nhiệm vụ {code}", area, area == "TC" ? "Cải cách thể chế" : "Chính quyền điện tử, chính quyền số",
            agency, agency == "SNV" ? "Sở Nội vụ" : "Sở Tư pháp", new DateOnly(2025, 1, 1), new DateOnly(2026, 6, 30), null, null, status, daysOverdue);

    public static IReadOnlyList<ReformTaskOnDate> TasksAtEnd =>
    [
        Task("NV001", "SNV", ReformTaskStatus.CompletedOnTime),
        Task("NV002", "SNV", ReformTaskStatus.InProgressOverdue, 12),
        Task("NV003", "STP", ReformTaskStatus.InProgressOverdue, 40, "CPS"),
        Task("NV004", "SNV", ReformTaskStatus.InProgressOverdue, 76, "CPS"),
    ];

    public static IReadOnlyList<ReformTaskOnDate> TasksAtPreviousEnd =>
    [
        Task("NV001", "SNV", ReformTaskStatus.CompletedAwaitingConfirmation),
        Task("NV002", "SNV", ReformTaskStatus.InProgressOnTime),
        Task("NV003", "STP", ReformTaskStatus.InProgressOverdue, 0, "CPS"),
        Task("NV004", "SNV", ReformTaskStatus.InProgressOverdue, 0, "CPS"),
    ];

    public static PeriodReport Province(ComparedTerm? yearBefore = null)
    {
        var annex = new WorkloadAnnex(Term, CutOff.Official, new AnnexUnit("TNH", "Tỉnh Tây Ninh", OrgUnitKind.Province),
            [new WorkloadRow("DD", "Đất đai", null, Now)], []);
        var previous = ReportTerm.Parse("2026-Q2");
        var sameTerm = ReportTerm.Parse("2025-Q3");
        return new PeriodReport(
            annex,
            new WorkloadComparison(Now,
            [
                new ComparedTerm(WorkloadComparison.PreviousHeading, previous, previous.Days(CutOff.Official), Before, null, null),
                yearBefore ?? new ComparedTerm(WorkloadComparison.YearBeforeHeading, sameTerm, sameTerm.Days(CutOff.Official), Before,
                    new DateOnly(2025, 7, 1), ScopeChange.Text(new DateOnly(2025, 7, 1))),
            ]),
            new DossierTrend(Days.To, [new MonthMeasures(new DateOnly(2026, 8, 1), new DossierMeasures(90_000, 88_000, 1_000, 900, 100, 9_000, 0, 81_000, 40_000))]),
            new PetitionFigures(new FeedbackMeasures(306, 120, 290, 150, new Dictionary<string, long>()), null),
            new CatalogueFigures(Days.To, new ProcedureCatalogueCounts(1_904, new Dictionary<short, int> { [0] = 1_502, [1] = 260, [2] = 142 },
                new Dictionary<short, int> { [3] = 442, [4] = 193 }, 1_800, 1_192, 1_134)),
            TaskReport.Of(Days.To, TasksAtEnd, PreviousEnd, TasksAtPreviousEnd, Areas, _ => true, null),
            new IndicatorReport(null, IndicatorSummary.Of(Days.To,
            [
                Indicator("CDS01", "Tỷ lệ hồ sơ nộp trực tuyến", 50m, 62.5m, true),
                Indicator("CDS02", "Tỷ lệ thanh toán trực tuyến", 40m, 31.25m, false),
                Indicator("CDS03", "Tỷ trọng kinh tế số", null, 12m, false),
            ])));
    }

    private static IndicatorOnDate Indicator(string code, string name, decimal? target, decimal? actual, bool achieved) =>
        new(code, name, "percent", IndicatorDirection.HigherIsBetter, target, actual, new DateOnly(2026, 8, 1), achieved, []);
}
