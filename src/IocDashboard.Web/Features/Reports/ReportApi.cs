using IocDashboard.Reports;
using IocDashboard.Reports.Forms.Html;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Web.Features.Reports;

/// <summary>
/// The periodic report of a unit (the province by default) for a reporting period that is over:
/// GET /api/reports/{period}.xlsx (form II.06a as a workbook, a sheet by procedure field and a sheet by unit),
/// GET /reports/{period}/print (the summary in A4 portrait, then the form's two tables in A4 landscape, as one HTML
/// page to print) and
/// GET /api/reports/{period}.pdf (that page printed by Chromium). All three take the same parameters and answer the
/// same 400s (<see cref="ReportRequest"/>).
/// </summary>
internal static class ReportApi
{
    public static IEndpointRouteBuilder MapReportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(AccessPolicies.Leader);
        api.MapGet("/{period}.xlsx", GetWorkbook);
        api.MapGet("/{period}.pdf", GetPdf);
        app.MapGet("/reports/{period}/print", GetPrintView).WithTags("Reports").RequireAuthorization(AccessPolicies.Leader);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> GetWorkbook(
        string period, string? unit, string? cutoff,
        OrgUnitQueries units, ReportGenerator reports, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, problem) = await ParseAsync(period, unit, cutoff, units, clock, cancellationToken);
        return problem is not null ? problem : File(await reports.GenerateAsync(request!, ReportFormat.Xlsx, cancellationToken));
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem>> GetPrintView(
        string period, string? unit, string? cutoff,
        OrgUnitQueries units, ReportGenerator reports, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, problem) = await ParseAsync(period, unit, cutoff, units, clock, cancellationToken);
        return problem is not null
            ? problem
            : TypedResults.Content(await reports.PrintViewAsync(request!, cancellationToken), AnnexPrintView.ContentType);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetPdf(
        string period, string? unit, string? cutoff,
        OrgUnitQueries units, ReportGenerator reports, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, problem) = await ParseAsync(period, unit, cutoff, units, clock, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            return File(await reports.GenerateAsync(request!, ReportFormat.Pdf, cancellationToken));
        }
        catch (ChromiumUnavailableException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Không in được báo cáo PDF: thiếu trình duyệt Chromium");
        }
    }

    private static FileContentHttpResult File(ReportFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);

    private static async Task<(ReportRequest? Request, ValidationProblem? Problem)> ParseAsync(
        string period, string? unit, string? cutoff, OrgUnitQueries units, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var request = await ReportRequest.ParseAsync(errors, units, clock, period, unit, cutoff, cancellationToken);
        return request is null ? (null, errors.ToProblem()) : (request, null);
    }
}
