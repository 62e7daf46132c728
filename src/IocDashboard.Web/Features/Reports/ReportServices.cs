using IocDashboard.Web.Features.Reports.Archive;

namespace IocDashboard.Web.Features.Reports;

internal static class ReportServices
{
    /// <summary>The PDF printer (one Chromium for the app) and its options ("Reports" section).</summary>
    public static IServiceCollection AddReportPrinting(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChromiumPrinter>();
        services.AddHostedService<PrinterDriverStartup>();
        services.AddSingleton<ReportGenerator>();
        return services;
    }

    /// <summary>
    /// The archive of made reports (files under Reports:ArchiveDirectory, rows in report.archived_reports) and its
    /// quarterly Hangfire job, scheduled only on the hosts that run the scheduler (Ingestion:Enabled, as the sources'
    /// jobs): elsewhere nothing at start-up touches Hangfire's storage.
    /// </summary>
    public static IServiceCollection AddReportArchive(this IServiceCollection services, bool runsScheduler)
    {
        services.AddSingleton<ReportArchive>();
        services.AddTransient<ReportArchiveJob>();
        if (runsScheduler)
        {
            services.AddHostedService<ReportArchiveSchedule>();
        }

        return services;
    }
}
