using IocDashboard.Reports;
using IocDashboard.Reports.Forms;
using IocDashboard.Reports.Forms.Html;
using IocDashboard.Reports.Forms.Xlsx;
using IocDashboard.Reports.Summary;
using IocDashboard.Reports.Summary.Html;

namespace IocDashboard.Web.Features.Reports;

/// <summary>A made report: the bytes, how to serve them and the name to download them under.</summary>
internal sealed record ReportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Makes a checked report request into its outputs: the workbook, the print view and the PDF printed from it. The one
/// place the API, the /reports page and the scheduled archive job make reports, so each output is the same everywhere.
/// </summary>
internal sealed class ReportGenerator(WorkloadAnnexSource annexes, PeriodReportSource reports, ChromiumPrinter printer)
{
    public const string PdfContentType = "application/pdf";

    /// <summary>How a report of <paramref name="format"/> is served, made or archived.</summary>
    public static string ContentType(ReportFormat format) => format == ReportFormat.Pdf ? PdfContentType : AnnexWorkbook.ContentType;

    /// <summary>The report in <paramref name="format"/>; a PDF throws <see cref="ChromiumUnavailableException"/> without Chromium.</summary>
    public async Task<ReportFile> GenerateAsync(ReportRequest request, ReportFormat format, CancellationToken cancellationToken) => format switch
    {
        // The workbook holds the form alone: it needs none of the summary's reads.
        ReportFormat.Xlsx => new ReportFile(request.FileName("xlsx"), ContentType(format), AnnexWorkbook.ToBytes(
            await annexes.ReadAsync(request.Term, request.CutOff, request.Unit, cancellationToken))),
        ReportFormat.Pdf => new ReportFile(request.FileName("pdf"), ContentType(format), await printer.PrintAsync(
            async ct => ReportPrintView.Render(await ReadAsync(request, ct), PrintFonts.Embedded), cancellationToken)),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The HTML page the PDF is printed from, with its fonts linked from the app instead of embedded.</summary>
    public async Task<string> PrintViewAsync(ReportRequest request, CancellationToken cancellationToken) =>
        ReportPrintView.Render(await ReadAsync(request, cancellationToken), PrintFonts.Linked);

    private Task<PeriodReport> ReadAsync(ReportRequest request, CancellationToken cancellationToken) =>
        reports.ReadAsync(request.Term, request.CutOff, request.Unit, cancellationToken);
}
