using IocDashboard.Reports.Archive;
using IocDashboard.Reports.Forms;
using IocDashboard.Reports.Summary;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The report sources and the archive's store (the warehouse's data source and queries must be registered too).</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<WorkloadAnnexSource>();
        services.AddSingleton<PeriodReportSource>();
        services.AddSingleton<ReportArchiveStore>();
        return services;
    }
}
