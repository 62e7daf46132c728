using IocDashboard.Warehouse.Schema;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IocDashboard.Web.Features.Health;

/// <summary>Healthy when the database answers and carries every migration this build knows.</summary>
internal sealed class WarehouseHealthCheck(MigrationRunner migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await migrations.CurrentVersionAsync(cancellationToken);
            var data = new Dictionary<string, object> { ["schemaVersion"] = version ?? 0, ["expectedSchemaVersion"] = MigrationRunner.LatestVersion };
            return version == MigrationRunner.LatestVersion
                ? HealthCheckResult.Healthy("database reachable and migrated", data)
                : HealthCheckResult.Unhealthy($"database schema at version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, expected {MigrationRunner.LatestVersion}", data: data);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", ex);
        }
    }
}
