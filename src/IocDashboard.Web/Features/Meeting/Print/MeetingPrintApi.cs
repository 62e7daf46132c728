using IocDashboard.Reports.Forms.Html;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Reports;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.Web.Features.Meeting.Print;

/// <summary>
/// The meeting page's current view on paper, through the periodic reports' print path:
/// GET /meeting/print?period&amp;cutoff&amp;unit&amp;view (the HTML page, fonts linked from the app) and
/// GET /api/meeting.pdf with the same parameters (that page with its fonts embedded, printed by the reports'
/// <see cref="ChromiumPrinter"/>). Both answer the same 400s, naming the parameter.
/// </summary>
internal static class MeetingPrintApi
{
    public static async Task<Results<ContentHttpResult, ValidationProblem>> GetPrintView(
        string? period, string? cutoff, string? unit, string? view,
        OrgUnitQueries units, MeetingPrintSource source, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, problem) = await ParseAsync(period, cutoff, unit, view, units, clock, cancellationToken);
        return problem is not null
            ? problem
            : TypedResults.Content(MeetingPrintView.Render(await source.ReadAsync(request!, cancellationToken), PrintFonts.Linked), MeetingPrintView.ContentType);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetPdf(
        string? period, string? cutoff, string? unit, string? view,
        OrgUnitQueries units, MeetingPrintSource source, ChromiumPrinter printer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, problem) = await ParseAsync(period, cutoff, unit, view, units, clock, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            var pdf = await printer.PrintAsync(
                async ct => MeetingPrintView.Render(await source.ReadAsync(request!, ct), PrintFonts.Embedded), cancellationToken);
            return TypedResults.File(pdf, ReportGenerator.PdfContentType, request!.FileName("pdf"));
        }
        catch (ChromiumUnavailableException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Không in được PDF giao ban: thiếu trình duyệt Chromium");
        }
    }

    private static async Task<(MeetingPrintRequest? Request, ValidationProblem? Problem)> ParseAsync(
        string? period, string? cutoff, string? unit, string? view, OrgUnitQueries units, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var request = await MeetingPrintRequest.ParseAsync(errors, units, clock.Today(), period, cutoff, unit, view, cancellationToken);
        return request is null ? (null, errors.ToProblem()) : (request, null);
    }
}
