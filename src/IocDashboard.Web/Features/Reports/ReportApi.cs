using IocDashboard.Reports.Forms;
using IocDashboard.Reports.Forms.Xlsx;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.Web.Features.Reports;

/// <summary>
/// GET /api/reports/{period}.xlsx: the periodic report form II.06a of a unit (the province by default) for a reporting
/// period that is over, as an XLSX workbook: a sheet by procedure field and a sheet by unit.
/// </summary>
internal static class ReportApi
{
    public static IEndpointRouteBuilder MapReportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/reports").WithTags("Reports").MapGet("/{period}.xlsx", GetWorkbook);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> GetWorkbook(
        string period, string? unit, string? cutoff,
        OrgUnitQueries units, WorkloadAnnexSource annexes, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var request = await ReportRequest.ParseAsync(errors, units, clock, period, unit, cutoff, cancellationToken);
        if (request is null)
        {
            return errors.ToProblem();
        }

        var annex = await annexes.ReadAsync(request.Term, request.CutOff, request.Unit, cancellationToken);
        return TypedResults.File(AnnexWorkbook.ToBytes(annex), AnnexWorkbook.ContentType, request.FileName("xlsx"));
    }
}
