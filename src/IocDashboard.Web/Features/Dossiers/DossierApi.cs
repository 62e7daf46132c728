using IocDashboard.Domain.Dossiers;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Web.Features.Dossiers;

/// <summary>
/// GET /api/dossiers/summary and /api/dossiers/by-field: measures of the dossiers received in a period; and
/// /api/dossiers/workload (<see cref="WorkloadApi"/>): the work of a period.
/// </summary>
internal static class DossierApi
{
    public static IEndpointRouteBuilder MapDossierApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dossiers").WithTags("Dossiers").RequireAuthorization(AccessPolicies.Leader);
        group.MapGet("/summary", GetSummary);
        group.MapGet("/by-field", GetByField);
        group.MapGet("/workload", WorkloadApi.GetWorkload);
        return app;
    }

    public static async Task<Results<Ok<DossierSummaryResponse>, ValidationProblem>> GetSummary(
        string? from, string? to, string? unit, string? scope, string? level,
        OrgUnitQueries units, DossierQueries dossiers, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var period = errors.Period(from, to);
        var (dossierScope, orgUnit) = await DossierScopeParser.ParseAsync(errors, units, unit, scope, level, cancellationToken);
        if (errors.Any || period is null || dossierScope is null || orgUnit is null)
        {
            return errors.ToProblem();
        }

        var measures = await dossiers.SummaryAsync(period, dossierScope, cancellationToken);
        return TypedResults.Ok(DossierMeasuresDto.Fill(new DossierSummaryResponse
        {
            Unit = orgUnit.Code,
            UnitName = orgUnit.Name,
            Scope = DossierScopeParser.Name(dossierScope),
            ApproximateText = DossierScopeParser.ApproximateText(dossierScope),
            ScopeChangedText = await DossierScopeParser.ScopeChangedTextAsync(units, dossierScope, period, cancellationToken),
            Levels = dossierScope.Levels.Select(DossierCodes.Name).ToList(),
            From = period.From,
            To = period.To,
        }, measures));
    }

    public static async Task<Results<Ok<DossiersByFieldResponse>, ValidationProblem>> GetByField(
        string? from, string? to, string? unit, string? scope, string? level,
        OrgUnitQueries units, DossierQueries dossiers, WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var period = errors.Period(from, to);
        var (dossierScope, orgUnit) = await DossierScopeParser.ParseAsync(errors, units, unit, scope, level, cancellationToken);
        if (errors.Any || period is null || dossierScope is null || orgUnit is null)
        {
            return errors.ToProblem();
        }

        // The fields' names on the context's connection, side by side with the measures on theirs.
        var fieldsTask = db.ProcedureFields.AsNoTracking().ToDictionaryAsync(f => f.Id, cancellationToken);
        var rowsTask = dossiers.ByFieldAsync(period, dossierScope, cancellationToken);
        await Task.WhenAll(fieldsTask, rowsTask);
        var (rows, fields) = (await rowsTask, await fieldsTask);
        var items = rows
            .OrderByDescending(r => r.Measures.Received)
            .Select(r => DossierMeasuresDto.Fill(new FieldMeasuresDto { Field = fields[r.FieldId].Code, FieldName = fields[r.FieldId].Name }, r.Measures))
            .ToList();
        return TypedResults.Ok(new DossiersByFieldResponse(
            orgUnit.Code, orgUnit.Name, DossierScopeParser.Name(dossierScope),
            dossierScope.Levels.Select(DossierCodes.Name).ToList(), period.From, period.To, items, DossierScopeParser.ApproximateText(dossierScope)));
    }
}
