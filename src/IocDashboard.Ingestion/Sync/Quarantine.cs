using Npgsql;

namespace IocDashboard.Ingestion.Sync;

/// <summary>A refused record: kept with its raw payload and reason, never silently dropped.</summary>
public sealed record QuarantinedItem(string ExternalId, string Reason, string RawPayload);

internal static class Quarantine
{
    /// <summary>Stores refused records; one seen again is counted (times_seen, last_seen), not duplicated.</summary>
    public static async Task WriteAsync(NpgsqlConnection connection, string sourceId, IReadOnlyList<QuarantinedItem> items, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand("""
            insert into ingest.quarantine as q (source_id, external_id, reason, raw_payload)
            select distinct on (external_id, reason) @source, external_id, reason, raw_payload
            from unnest(@id, @reason, @raw) as i(external_id, reason, raw_payload)
            on conflict (source_id, external_id, reason) do update
            set last_seen = now(), times_seen = q.times_seen + 1, raw_payload = excluded.raw_payload
            """, connection);
        command.Parameters.AddWithValue("source", sourceId);
        command.Parameters.AddWithValue("id", items.Select(i => i.ExternalId).ToArray());
        command.Parameters.AddWithValue("reason", items.Select(i => i.Reason).ToArray());
        command.Parameters.AddWithValue("raw", items.Select(i => i.RawPayload).ToArray());
        await command.ExecuteNonQueryAsync(ct);
    }
}
