using IocDashboard.Domain.Periods;
using IocDashboard.Reports.Forms;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Summary;

/// <summary>
/// The report of a reporting period for a unit: the summary (the workload against the previous period and the same
/// period a year before, petitions, the procedure catalogue, the reform tasks, the digital-transformation indicators)
/// and the annex, form II.06a. Every figure comes from the query the API serves it with, so the report and the API
/// agree; made once, rendered by every output (the print view and its PDF, the workbook).
/// </summary>
public sealed record PeriodReport(
    WorkloadAnnex Annex,
    WorkloadComparison Workload,
    DossierTrend Trend,
    PetitionFigures Petitions,
    CatalogueFigures Catalogue,
    TaskReport Tasks,
    IndicatorReport Indicators)
{
    public ReportTerm Term => Annex.Term;

    public CutOff CutOff => Annex.CutOff;

    public AnnexUnit Unit => Annex.Unit;

    public ReportingPeriod Days => Annex.Days;
}

/// <summary>
/// The twelve months up to the period's last day for the unit, as the dossier-trend chart and the wall's trend read
/// them (/api/charts/dossier-trend): dossiers received each month and their on-time rate as it stands on that day.
/// </summary>
public sealed record DossierTrend(DateOnly AsOf, IReadOnlyList<MonthMeasures> Months);

/// <summary>
/// Petitions (PAKN) received in the period and answered by its end, as /api/feedback/summary gives them; the feedback
/// system files them for the province, so a unit's report carries a note instead (<see cref="Note"/>, figures null).
/// </summary>
public sealed record PetitionFigures(FeedbackMeasures? Measures, string? Note);

/// <summary>The procedure catalogue on the period's last day, as /api/procedures/summary gives it (the province's catalogue, whatever the unit).</summary>
public sealed record CatalogueFigures(DateOnly AsOf, ProcedureCatalogueCounts Counts);
