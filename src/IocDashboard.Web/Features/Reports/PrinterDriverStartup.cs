using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Reports;

/// <summary>
/// When the app starts and Chromium is installed, starts the report printer's Playwright driver in the background
/// (<see cref="ChromiumPrinter.StartDriverAsync"/>). A failure here only costs the first PDF the driver's start.
/// </summary>
internal sealed partial class PrinterDriverStartup(ChromiumPrinter printer, IOptions<ReportOptions> options, ILogger<PrinterDriverStartup> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!File.Exists(options.Value.ChromiumPath))
        {
            return;
        }

        try
        {
            await printer.StartDriverAsync(stoppingToken);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The app is stopping: the driver is not needed.
        }
        catch (Exception e)
        {
            LogDriverFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The report printer's Playwright driver did not start ahead of the first PDF; it will start with it")]
    private static partial void LogDriverFailed(ILogger logger, Exception exception);
}
