using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IocDashboard.Ingestion.Progress;

/// <summary>
/// Writes the fill's progress to standard output until every source has synced once, then one line saying the data
/// is ready: rewritten in place each second on a terminal, a new line every 10 s otherwise (a log file, CI). For
/// the operator who started the app by hand (./run.sh turns it on), so that a working start is told from a stuck one.
/// </summary>
internal sealed class FillProgressReporter(FillProgressTracker tracker, ILogger<FillProgressReporter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inPlace = !Console.IsOutputRedirected;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(inPlace ? 1 : 10));
        var width = 0;
        try
        {
            do
            {
                FillProgress progress;
                try
                {
                    progress = await tracker.ReadAsync(stoppingToken);
                }
                catch (Npgsql.NpgsqlException ex)
                {
                    logger.LogWarning(ex, "Could not read the fill's progress");
                    continue;
                }

                if (progress.Ready)
                {
                    Write(inPlace, FillProgressText.ReadyLine(progress), ref width);
                    Console.WriteLine();
                    return;
                }

                Write(inPlace, FillProgressText.Line(progress), ref width);
                if (!inPlace)
                {
                    Console.WriteLine();
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before the data was ready: end the rewritten line.
            if (inPlace && width > 0)
            {
                Console.WriteLine();
            }
        }
    }

    /// <summary>On a terminal: back to the line's start, the text, and spaces over what a longer line left.</summary>
    private static void Write(bool inPlace, string text, ref int width)
    {
        if (inPlace)
        {
            Console.Write("\r" + text.PadRight(width));
            width = text.Length;
        }
        else
        {
            Console.Write(text);
        }
    }
}
