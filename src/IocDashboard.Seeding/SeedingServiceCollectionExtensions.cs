using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Seeding;

public static class SeedingServiceCollectionExtensions
{
    /// <summary>Registers the seed loader (for the host's `seed` verb and the tests); it needs AddWarehouse's data source.</summary>
    public static IServiceCollection AddSeeding(this IServiceCollection services) => services.AddSingleton<SeedLoader>();
}
