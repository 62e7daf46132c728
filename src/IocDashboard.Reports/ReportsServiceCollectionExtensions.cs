using IocDashboard.Reports.Forms;
using IocDashboard.Reports.Summary;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The report sources (the warehouse's queries must be registered too).</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<WorkloadAnnexSource>();
        services.AddSingleton<PeriodReportSource>();
        return services;
    }
}
