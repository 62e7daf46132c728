namespace IocDashboard.Web.Features.Reports;

internal static class ReportServices
{
    /// <summary>The PDF printer (one Chromium for the app) and its options ("Reports" section).</summary>
    public static IServiceCollection AddReportPrinting(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChromiumPrinter>();
        services.AddSingleton<ReportGenerator>();
        return services;
    }
}
