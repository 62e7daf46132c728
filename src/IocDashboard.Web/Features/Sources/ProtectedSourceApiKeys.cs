using System.Collections.Concurrent;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Web.Features.Audit;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;

namespace IocDashboard.Web.Features.Sources;

/// <summary>
/// The one reader and writer of ingest.source_api_keys: a source's API key set by an Admin, kept encrypted with the
/// app's Data Protection key ring. The connectors ask for a key on every page they fetch, so a key read is kept for
/// <see cref="CacheFor"/> (a change made here is seen at once; one made on another replica within that time).
/// </summary>
public sealed class ProtectedSourceApiKeys(NpgsqlDataSource dataSource, IDataProtectionProvider protection, AuditTrail audit, TimeProvider clock)
    : ISourceApiKeys
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly IDataProtector _protector = protection.CreateProtector("IocDashboard.SourceApiKeys.v1");
    private readonly ConcurrentDictionary<string, (string? Key, DateTimeOffset ReadAt)> _cache = new(StringComparer.Ordinal);

    public async Task<string?> FindAsync(string sourceId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(sourceId, out var cached) && now - cached.ReadAt < CacheFor)
        {
            return cached.Key;
        }

        await using var command = dataSource.CreateCommand("select protected_key from ingest.source_api_keys where source_id = @id");
        command.Parameters.AddWithValue("id", sourceId);
        var key = await command.ExecuteScalarAsync(cancellationToken) is string protectedKey ? _protector.Unprotect(protectedKey) : null;
        _cache[sourceId] = (key, now);
        return key;
    }

    /// <summary>Sets (or replaces) a source's key and records who did it; the audit record says only that a key was set.</summary>
    public async Task SetAsync(string sourceId, string apiKey, string actor, CancellationToken cancellationToken)
    {
        var had = await FindAsync(sourceId, cancellationToken) is not null;
        await using var command = dataSource.CreateCommand("""
            insert into ingest.source_api_keys (source_id, protected_key, updated_at, updated_by) values (@id, @key, @at, @by)
            on conflict (source_id) do update set protected_key = excluded.protected_key, updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """);
        command.Parameters.AddWithValue("id", sourceId);
        command.Parameters.AddWithValue("key", _protector.Protect(apiKey));
        command.Parameters.AddWithValue("at", clock.GetUtcNow().ToUniversalTime());
        command.Parameters.AddWithValue("by", actor);
        await command.ExecuteNonQueryAsync(cancellationToken);
        _cache[sourceId] = (apiKey, clock.GetUtcNow());
        await audit.RecordAsync(actor, "source.api-key", sourceId, new { keySet = had }, new { keySet = true }, null, cancellationToken);
    }
}
