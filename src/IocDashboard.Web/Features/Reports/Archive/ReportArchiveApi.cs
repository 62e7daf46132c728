using IocDashboard.Reports;
using IocDashboard.Reports.Archive;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Admin;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.Web.Features.Reports.Archive;

/// <summary>An archived file as the API lists it; Download is where to get its bytes.</summary>
internal sealed record ArchivedReportDto(
    long Id, string Period, string PeriodName, string Unit, string UnitName, string Cutoff, string Format, int Version,
    string FileName, string Sha256, long SizeBytes, DateTimeOffset GeneratedAt, string GeneratedBy, bool BySchedule,
    DateTimeOffset? DataAsOf, string Download)
{
    public static ArchivedReportDto Of(ArchivedReport r) => new(
        r.Id, r.Term.Key, r.Term.Name, r.UnitCode, r.UnitName, ReportArchiveStore.Text(r.CutOff), r.Format.Extension(), r.Version,
        r.FileName, r.Sha256, r.SizeBytes, r.GeneratedAt, r.GeneratedBy, r.BySchedule, r.DataAsOf, ReportArchiveApi.DownloadPath(r.Id));
}

/// <summary>A request to archive a report: the period's key, the unit (the province by default), the cut-off (official by default) and the formats (both by default).</summary>
internal sealed record ArchiveRequestBody(string? Period, string? Unit, string? Cutoff, string[]? Formats);

/// <summary>
/// The archive of reports: GET /api/reports/archive (every file, newest first), GET /api/reports/archive/{id} (one file's
/// bytes) and, for Analysts and Admins, POST /api/reports/archive (a new version of a report in each format asked for; a JSON body,
/// so a page on another site cannot send it without CORS, which the app does not allow).
/// </summary>
internal static class ReportArchiveApi
{
    public const string Path = "/api/reports/archive";

    public static string DownloadPath(long id) => $"{Path}/{id}";

    public static IEndpointRouteBuilder MapReportArchive(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Path).WithTags("Reports");
        api.MapGet("/", List).RequireAuthorization(AccessPolicies.Leader);
        api.MapGet("/{id:long}", Download).RequireAuthorization(AccessPolicies.Leader);
        api.MapPost("/", Create).RequireAuthorization(AccessPolicies.Analyst);
        return app;
    }

    public static async Task<Ok<List<ArchivedReportDto>>> List(ReportArchiveStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(ArchivedReportDto.Of).ToList());

    public static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> Download(
        long id, ReportArchiveStore store, ReportArchive archive, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } report)
        {
            return TypedResults.Problem($"No archived report has id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Không có báo cáo lưu trữ này");
        }

        return archive.PathOf(report) is { } path
            ? TypedResults.PhysicalFile(path, ReportGenerator.ContentType(report.Format), report.FileName)
            : TypedResults.Problem(
                $"The file of archived report {id} ({report.StoragePath}) is missing from the archive directory.",
                statusCode: StatusCodes.Status404NotFound, title: "Tệp báo cáo lưu trữ không còn trên đĩa");
    }

    public static async Task<Results<Created<List<ArchivedReportDto>>, ValidationProblem, ProblemHttpResult>> Create(
        ArchiveRequestBody body, HttpContext context, OrgUnitQueries units, ReportArchive archive, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var formats = ParseFormats(errors, body.Formats);
        var request = await ReportRequest.ParseAsync(errors, units, clock, body.Period ?? "", body.Unit, body.Cutoff, cancellationToken);
        if (request is null || errors.Any)
        {
            return errors.ToProblem();
        }

        var made = new List<ArchivedReportDto>();
        foreach (var format in formats)
        {
            try
            {
                made.Add(ArchivedReportDto.Of(await archive.ArchiveAsync(request, format, AdminConsole.Operator(context), cancellationToken)));
            }
            catch (ChromiumUnavailableException e)
            {
                return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Không in được báo cáo PDF: thiếu trình duyệt Chromium");
            }
        }

        return TypedResults.Created(Path, made);
    }

    /// <summary>The formats asked for, each once; every format when none is named.</summary>
    public static IReadOnlyList<ReportFormat> ParseFormats(QueryErrors errors, IEnumerable<string?>? formats)
    {
        var named = formats?.Where(f => !string.IsNullOrWhiteSpace(f)).ToList() ?? [];
        if (named.Count == 0)
        {
            return Enum.GetValues<ReportFormat>();
        }

        var parsed = new List<ReportFormat>();
        foreach (var text in named)
        {
            if (ReportFormats.TryParse(text, out var format))
            {
                parsed.Add(format);
            }
            else
            {
                errors.Add("formats", $"'{text}' is not a format; use 'xlsx' or 'pdf'.");
            }
        }

        return parsed.Distinct().ToList();
    }
}
