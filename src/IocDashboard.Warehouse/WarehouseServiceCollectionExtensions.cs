using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Warehouse.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IocDashboard.Warehouse;

public static class WarehouseServiceCollectionExtensions
{
    /// <summary>Registers the warehouse: one NpgsqlDataSource, the EF Core context on it, the migration runner and the queries.</summary>
    public static IServiceCollection AddWarehouse(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.AddDbContextPool<WarehouseDbContext>((sp, options) =>
            options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<DossierQueries>();
        services.AddSingleton<WorkloadQueries>();
        services.AddSingleton<FeedbackQueries>();
        services.AddSingleton<PetitionTimelinessQuery>();
        services.AddSingleton<DossierExtentQuery>();
        services.AddScoped<OrgUnitQueries>();
        services.AddScoped<TaskQueries>();
        services.AddScoped<IndicatorQueries>();
        services.AddScoped<ProcedureQueries>();
        services.AddScoped<DossierBreakdownQueries>();
        services.AddScoped<ServiceIndexQueries>();
        return services;
    }
}
