using System.ComponentModel;
using Hangfire;
using IocDashboard.Domain.Periods;
using IocDashboard.Reports;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;

namespace IocDashboard.Web.Features.Reports.Archive;

/// <summary>
/// The Hangfire job "report-archive": at 07:00 on the 15th of March, June, September and December (the day after the
/// official cut-off) it archives the province's reports that fell due (<see cref="ReportSchedule"/>), each in every
/// format. Run again (a retry, or "Chạy ngay" on the dashboard) it adds only what is still missing. Without Chromium
/// the workbooks are still archived and the run fails naming the PDFs, so Hangfire shows it and retries.
/// </summary>
internal sealed class ReportArchiveJob(ReportArchive archive, OrgUnitQueries units, TimeProvider clock)
{
    public const string Id = "report-archive";

    /// <summary>07:00 on the 15th of the quarters' last months, in Asia/Ho_Chi_Minh.</summary>
    public const string Cron = "0 7 15 3,6,9,12 *";

    /// <summary>"Made by" of the schedule's files.</summary>
    public const string GeneratedBy = "Lịch tự động (report-archive)";

    /// <returns>What was added, for the job's result on the dashboard.</returns>
    [DisplayName("Lưu trữ báo cáo định kỳ của tỉnh")]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [300, 900, 3600, 3600, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var added = new List<string>();
        var failed = new List<string>();
        foreach (var term in ReportSchedule.DueAt(clock.GetUtcNow()))
        {
            var errors = new QueryErrors();
            var request = await ReportRequest.ParseAsync(errors, units, clock, term.Key, unit: null, cutoff: null, cancellationToken)
                ?? throw new InvalidOperationException(
                    $"Không lập được báo cáo {term.Key} của tỉnh: " + string.Join("; ", errors.ToProblem().ProblemDetails.Errors.SelectMany(e => e.Value)));
            foreach (var format in Enum.GetValues<ReportFormat>())
            {
                try
                {
                    var (report, isNew) = await archive.ArchiveAsync(request, format, GeneratedBy, bySchedule: true, cancellationToken);
                    if (isNew)
                    {
                        added.Add($"{report.FileName} (phiên bản {report.Version})");
                    }
                }
                catch (ChromiumUnavailableException e)
                {
                    failed.Add($"{term.Key} ({format.Extension()}): {e.Message}");
                }
            }
        }

        if (failed.Count > 0)
        {
            throw new ReportArchiveIncompleteException(
                $"Chưa lưu được {failed.Count} báo cáo PDF vì thiếu trình duyệt Chromium (các tệp Excel đã lưu; lần thử lại sẽ in tiếp): {string.Join("; ", failed)}");
        }

        return added.Count == 0 ? "Không có tệp mới: các báo cáo đến hạn đã được lưu trữ." : "Đã lưu trữ: " + string.Join(", ", added);
    }
}

/// <summary>Some due reports could not be archived; the run fails so that Hangfire shows it and retries.</summary>
internal sealed class ReportArchiveIncompleteException(string message) : Exception(message);
