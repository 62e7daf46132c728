using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Forms;

/// <summary>
/// Reads the figures of form II.06a from the warehouse through <see cref="WorkloadQueries"/> (the same reads as
/// GET /api/dossiers/workload?by=field and by=unit), for a unit with the units under it and every procedure level.
/// The caller has checked the unit and the period.
/// </summary>
public sealed class WorkloadAnnexSource(WorkloadQueries workload)
{
    public async Task<WorkloadAnnex> ReadAsync(ReportTerm term, CutOff cutOff, OrgUnit unit, CancellationToken cancellationToken)
    {
        var days = term.Days(cutOff);
        var scope = new DossierScope(unit.Id, SelfOnly: false, DossierScope.AllLevels);
        var fieldsTask = workload.ByFieldAsync(days, scope, cancellationToken);
        var unitsTask = workload.ByUnitAsync(days, scope, cancellationToken);
        var (fields, units) = (await fieldsTask, await unitsTask);
        return new WorkloadAnnex(
            term,
            cutOff,
            new AnnexUnit(unit.Code, unit.Name, WorkloadAnnex.ParseKind(unit.Kind)),
            fields,
            WorkloadAnnex.GroupUnits(units, days.To));
    }
}
