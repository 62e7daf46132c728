using System.ComponentModel.DataAnnotations;

namespace IocDashboard.Web.Features.Reports;

/// <summary>The "Reports" section of the configuration.</summary>
internal sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>
    /// The Chromium that prints the reports as PDF (Debian's package by default). Playwright drives it through its
    /// ExecutablePath and never downloads a browser of its own.
    /// </summary>
    [Required]
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>
    /// Where archived reports are written (relative paths are under the content root); ./run.sh puts it under its
    /// data directory. Files are written once and never replaced.
    /// </summary>
    [Required]
    public string ArchiveDirectory { get; set; } = "archive/reports";

    /// <summary>
    /// How many PDFs Chromium prints at once; more requests wait for a turn (their reads run meanwhile). Each printing page
    /// has a renderer process of its own (130 MB or more for the quarter's report), and on a two-core machine more pages
    /// at once finish no sooner.
    /// </summary>
    [Range(1, 16)]
    public int ConcurrentPrints { get; set; } = 2;

    /// <summary>How long one PDF may take, from the new page to the printed bytes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PrintTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
