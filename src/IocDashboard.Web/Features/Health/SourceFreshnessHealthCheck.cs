using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Health;

/// <summary>
/// Degraded while a required source's last success is older than its freshness SLA. A source that never succeeded
/// counts once the host has been up longer than its SLA: a fresh start is not a stale source.
/// </summary>
internal sealed class SourceFreshnessHealthCheck(
    IngestionStateReader ingestionState, IOptions<IngestionOptions> options, TimeProvider clock, HostStart started) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var freshness = await ingestionState.FreshnessAsync(cancellationToken);
        var required = options.Value.Sources.Where(s => s.Enabled && s.Required).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var upFor = clock.GetUtcNow() - started.At;
        var stale = freshness
            .Where(f => required.TryGetValue(f.Id, out var source) && f.Stale && (f.LastSuccessAt is not null || upFor > source.FreshnessSla))
            .Select(f => f.Id)
            .ToList();
        var data = new Dictionary<string, object> { ["stale"] = stale };
        return stale.Count == 0
            ? HealthCheckResult.Healthy("every required source within its SLA", data)
            : HealthCheckResult.Degraded($"past their freshness SLA: {string.Join(", ", stale)}", data: data);
    }
}

/// <summary>When this host started, by the injected clock.</summary>
internal sealed record HostStart(DateTimeOffset At);
