using System.ComponentModel.DataAnnotations;

namespace IocDashboard.Web.Features.ServiceIndex;

/// <summary>The "ServiceIndex" section of the configuration.</summary>
public sealed class ServiceIndexOptions
{
    public const string Section = "ServiceIndex";

    /// <summary>
    /// The time limit for answering a petition, in working days (Monday to Friday, no holiday calendar), counted from
    /// the day after its receipt. The product's assumption until the province confirms its own limit.
    /// </summary>
    [Range(1, 90)]
    public int PetitionAnswerWorkingDays { get; set; } = 10;
}

internal static class ServiceIndexServices
{
    /// <summary>
    /// The index's options, validated at start-up, and its reader (per request: it reads through the request's
    /// DbContext; the estimate itself is the Warehouse's <c>ServiceIndexQueries</c>).
    /// </summary>
    public static IServiceCollection AddServiceIndex(this IServiceCollection services)
    {
        services.AddOptions<ServiceIndexOptions>().BindConfiguration(ServiceIndexOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ServiceIndexReader>();
        return services;
    }
}
