using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Reports.Forms;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Reports.Summary;

/// <summary>
/// Reads a <see cref="PeriodReport"/> through the warehouse's queries, the ones the API serves the same figures with:
/// the workload of /api/dossiers/workload (the unit with the units under it, every level), the months of the
/// dossier-trend chart, /api/feedback/summary,
/// /api/procedures/summary, /api/tasks/summary and /api/indicators. The caller has checked that the unit existed in the
/// period. The reads run side by side: the dossier queries take a pooled connection per read, and each read through a
/// DbContext gets a scope (and so a context) of its own, since a context serves one query at a time.
/// </summary>
public sealed class PeriodReportSource(WorkloadAnnexSource annexes, WorkloadQueries workload, FeedbackQueries feedback, IServiceScopeFactory scopes)
{
    public const string PetitionNote = "Phản ánh, kiến nghị được tổng hợp cho toàn tỉnh, không theo từng đơn vị (xem báo cáo của tỉnh).";

    public async Task<PeriodReport> ReadAsync(ReportTerm term, CutOff cutOff, OrgUnit unit, CancellationToken cancellationToken)
    {
        var days = term.Days(cutOff);
        var kind = WorkloadAnnex.ParseKind(unit.Kind);
        var annexTask = annexes.ReadAsync(term, cutOff, unit, cancellationToken);
        // A year's previous period is the year before: one comparison, not the same one twice.
        (string Heading, ReportTerm? Term)[] compared = term.Previous == term.SameTermYearBefore
            ? [(WorkloadComparison.YearBeforeHeading, term.SameTermYearBefore)]
            : [(WorkloadComparison.PreviousHeading, term.Previous), (WorkloadComparison.YearBeforeHeading, term.SameTermYearBefore)];
        var comparedTask = Task.WhenAll(compared.Select(c => CompareAsync(c.Heading, c.Term, cutOff, unit, days, cancellationToken)));
        var trendTask = InScopeAsync<DossierBreakdownQueries, DossierTrend>(async q => new DossierTrend(
            days.To, (await q.ByMonthAndRankedUnitAsync(DossierBreakdown.TwelveMonthsTo(days.To), Scope(unit), cancellationToken)).ByMonth()));
        var petitionsTask = kind == OrgUnitKind.Province
            ? PetitionsAsync(days, cancellationToken)
            : Task.FromResult(new PetitionFigures(null, PetitionNote));
        var catalogueTask = InScopeAsync<ProcedureQueries, CatalogueFigures>(
            async q => new CatalogueFigures(days.To, await q.CatalogueAsync(days.To, cancellationToken)));
        var tasksTask = TasksAsync(unit, kind, days, cancellationToken);
        var indicatorsTask = kind == OrgUnitKind.Province
            ? InScopeAsync<IndicatorQueries, IndicatorReport>(async q => new IndicatorReport(null, await q.SummaryAsync(days.To, cancellationToken)))
            : Task.FromResult(IndicatorReport.ProvinceLevelOnly);
        await Task.WhenAll(annexTask, comparedTask, trendTask, petitionsTask, catalogueTask, tasksTask, indicatorsTask);

        var annex = await annexTask;
        return new PeriodReport(
            annex,
            new WorkloadComparison(annex.FieldTotal, await comparedTask),
            await trendTask,
            await petitionsTask,
            await catalogueTask,
            await tasksTask,
            await indicatorsTask);
    }

    /// <summary>
    /// The unit's workload in another period, as /api/dossiers/workload gives it, and whether the units counted changed
    /// between the two periods (the rule of /api/dossiers/workload's scopeChangedText, over both periods and the days between).
    /// </summary>
    private async Task<ComparedTerm> CompareAsync(
        string heading, ReportTerm? other, CutOff cutOff, OrgUnit unit, ReportingPeriod days, CancellationToken cancellationToken)
    {
        if (other is null)
        {
            return new ComparedTerm(heading, null, null, null, null, "Không có kỳ liền trước cùng loại");
        }

        var otherDays = other.Days(cutOff);
        if (!unit.ExistedDuring(otherDays.From, otherDays.To))
        {
            return new ComparedTerm(heading, other, otherDays, null, null, $"Đơn vị chưa thành lập hoặc đã giải thể trong {other.Name}");
        }

        var scope = Scope(unit);
        var measuresTask = workload.TotalAsync(otherDays, scope, cancellationToken);
        var changedTask = InScopeAsync<OrgUnitQueries, DateOnly?>(q => q.ScopeChangeAsync(scope, new ReportingPeriod(otherDays.From, days.To), cancellationToken));
        var (measures, changed) = (await measuresTask, await changedTask);
        return new ComparedTerm(heading, other, otherDays, measures, changed, changed is { } day ? ScopeChange.Text(day) : null);
    }

    private async Task<PetitionFigures> PetitionsAsync(ReportingPeriod days, CancellationToken cancellationToken) =>
        new(await feedback.SummaryAsync(days, cancellationToken), null);

    /// <summary>
    /// The province's tasks for the province, an agency's for an agency; the tasks on the period's last day against
    /// those on the previous period's last day (the day before this one began), each date on its own context.
    /// </summary>
    private async Task<TaskReport> TasksAsync(OrgUnit unit, OrgUnitKind? kind, ReportingPeriod days, CancellationToken cancellationToken)
    {
        if (kind is not (OrgUnitKind.Province or OrgUnitKind.Agency))
        {
            return TaskReport.ProvinceLevelOnly;
        }

        var previousEnd = days.From.AddDays(-1);
        var atEndTask = InScopeAsync<TaskQueries, IReadOnlyList<ReformTaskOnDate>>(q => q.OnDateAsync(days.To, cancellationToken));
        var atPreviousEndTask = InScopeAsync<TaskQueries, IReadOnlyList<ReformTaskOnDate>>(q => q.OnDateAsync(previousEnd, cancellationToken));
        var areasTask = InScopeAsync<TaskQueries, IReadOnlyList<ReformAreaInfo>>(q => q.AreasAsync(cancellationToken));
        await Task.WhenAll(atEndTask, atPreviousEndTask, areasTask);
        return kind == OrgUnitKind.Province
            ? TaskReport.Of(days.To, await atEndTask, previousEnd, await atPreviousEndTask, await areasTask, _ => true, null)
            : TaskReport.Of(days.To, await atEndTask, previousEnd, await atPreviousEndTask, await areasTask,
                t => t.LeadAgencyCode == unit.Code, $"Các nhiệm vụ cải cách hành chính do {unit.Name} chủ trì.");
    }

    /// <summary>The scope of the report: the unit with the units under it, every procedure level (as the annex reads it).</summary>
    private static DossierScope Scope(OrgUnit unit) => new(unit.Id, SelfOnly: false, DossierScope.AllLevels);

    private async Task<TResult> InScopeAsync<TQueries, TResult>(Func<TQueries, Task<TResult>> read)
        where TQueries : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TQueries>());
    }
}
