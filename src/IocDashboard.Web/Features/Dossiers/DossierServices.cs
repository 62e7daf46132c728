namespace IocDashboard.Web.Features.Dossiers;

internal static class DossierServices
{
    /// <summary>The workload's reader, per request (it reads the units through the request's DbContext).</summary>
    public static IServiceCollection AddDossiers(this IServiceCollection services)
    {
        services.AddScoped<WorkloadReader>();
        return services;
    }
}
