using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IocDashboard.Web.Features.Health;

/// <summary>Unhealthy when Hangfire's storage cannot be read: no scheduled pull would run, anywhere.</summary>
internal sealed class JobStorageHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Resolved here, not injected: building the storage connects to the database, which may be down.
            var servers = services.GetRequiredService<JobStorage>().GetMonitoringApi().Servers();
            return Task.FromResult(HealthCheckResult.Healthy(
                "job storage reachable", new Dictionary<string, object> { ["servers"] = servers.Count }));
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("job storage unreachable", ex));
        }
    }
}
