using IocDashboard.Reports.Forms;
using IocDashboard.Reports.Forms.Html;
using IocDashboard.Reports.Forms.Xlsx;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.Web.Features.Reports;

/// <summary>
/// The periodic report form II.06a of a unit (the province by default) for a reporting period that is over:
/// GET /api/reports/{period}.xlsx (a workbook, a sheet by procedure field and a sheet by unit),
/// GET /reports/{period}/print (the same two tables as one HTML page to print, A4 landscape) and
/// GET /api/reports/{period}.pdf (that page printed by Chromium). All three take the same parameters and answer the
/// same 400s (<see cref="ReportRequest"/>).
/// </summary>
internal static class ReportApi
{
    public const string PdfContentType = "application/pdf";

    public static IEndpointRouteBuilder MapReportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports");
        api.MapGet("/{period}.xlsx", GetWorkbook);
        api.MapGet("/{period}.pdf", GetPdf);
        app.MapGet("/reports/{period}/print", GetPrintView).WithTags("Reports");
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> GetWorkbook(
        string period, string? unit, string? cutoff,
        OrgUnitQueries units, WorkloadAnnexSource annexes, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, annex, problem) = await ReadAsync(period, unit, cutoff, units, annexes, clock, cancellationToken);
        return problem is not null
            ? problem
            : TypedResults.File(AnnexWorkbook.ToBytes(annex!), AnnexWorkbook.ContentType, request!.FileName("xlsx"));
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem>> GetPrintView(
        string period, string? unit, string? cutoff,
        OrgUnitQueries units, WorkloadAnnexSource annexes, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (_, annex, problem) = await ReadAsync(period, unit, cutoff, units, annexes, clock, cancellationToken);
        return problem is not null
            ? problem
            : TypedResults.Content(AnnexPrintView.Render(annex!, PrintFonts.Linked), AnnexPrintView.ContentType);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetPdf(
        string period, string? unit, string? cutoff,
        OrgUnitQueries units, WorkloadAnnexSource annexes, TimeProvider clock, ChromiumPrinter printer, CancellationToken cancellationToken)
    {
        var (request, annex, problem) = await ReadAsync(period, unit, cutoff, units, annexes, clock, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            var pdf = await printer.PrintAsync(AnnexPrintView.Render(annex!, PrintFonts.Embedded), cancellationToken);
            return TypedResults.File(pdf, PdfContentType, request!.FileName("pdf"));
        }
        catch (ChromiumUnavailableException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Không in được báo cáo PDF: thiếu trình duyệt Chromium");
        }
    }

    private static async Task<(ReportRequest? Request, WorkloadAnnex? Annex, ValidationProblem? Problem)> ReadAsync(
        string period, string? unit, string? cutoff,
        OrgUnitQueries units, WorkloadAnnexSource annexes, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var request = await ReportRequest.ParseAsync(errors, units, clock, period, unit, cutoff, cancellationToken);
        if (request is null)
        {
            return (null, null, errors.ToProblem());
        }

        return (request, await annexes.ReadAsync(request.Term, request.CutOff, request.Unit, cancellationToken), null);
    }
}
