using IocDashboard.Domain.Periods;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Warehouse.Loading;

/// <summary>A citizen's petition (PAKN) and where it stands, as core.feedback_items stores it.</summary>
public sealed record PetitionRow(
    string ExternalId, DateTimeOffset ReceivedAt, string Channel, int UnitId, string Subject, DateTimeOffset? ForwardedAt,
    DateTimeOffset? AnsweredAt, bool? AnsweredOnline);

/// <summary>Writes petitions, upserted by (source system, id in it).</summary>
public static class PetitionWriter
{
    public static async Task<MergeOutcome> UpsertAsync(
        NpgsqlConnection connection, string sourceCode, IReadOnlyList<PetitionRow> petitions, long batch, CancellationToken cancellationToken)
    {
        await using var merge = new NpgsqlCommand("""
            insert into core.feedback_items as f (source_code, external_id, received_at, channel, unit_id, subject, forwarded_at, answered_at, answered_online, load_batch_id)
            select @source, * , @batch from unnest(@id, @received, @channel, @unit, @subject, @forwarded, @answered, @online)
            on conflict (source_code, external_id) do update
            set received_at = excluded.received_at, channel = excluded.channel, unit_id = excluded.unit_id, subject = excluded.subject,
                forwarded_at = excluded.forwarded_at, answered_at = excluded.answered_at, answered_online = excluded.answered_online,
                load_batch_id = excluded.load_batch_id
            where (f.received_at, f.channel, f.unit_id, f.subject, f.forwarded_at, f.answered_at, f.answered_online)
                  is distinct from (excluded.received_at, excluded.channel, excluded.unit_id, excluded.subject,
                                    excluded.forwarded_at, excluded.answered_at, excluded.answered_online)
            returning (xmax = 0)
            """, connection);
        merge.Parameters.AddWithValue("source", sourceCode);
        merge.Parameters.AddWithValue("id", petitions.Select(r => r.ExternalId).ToArray());
        merge.Parameters.AddWithValue("received", petitions.Select(r => r.ReceivedAt.ToUniversalTime()).ToArray());
        merge.Parameters.AddWithValue("channel", petitions.Select(r => r.Channel).ToArray());
        merge.Parameters.AddWithValue("unit", petitions.Select(r => r.UnitId).ToArray());
        merge.Parameters.AddWithValue("subject", petitions.Select(r => r.Subject).ToArray());
        merge.Parameters.Add(new NpgsqlParameter("forwarded", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = petitions.Select(r => (object?)r.ForwardedAt?.ToUniversalTime() ?? DBNull.Value).ToArray() });
        merge.Parameters.Add(new NpgsqlParameter("answered", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = petitions.Select(r => (object?)r.AnsweredAt?.ToUniversalTime() ?? DBNull.Value).ToArray() });
        merge.Parameters.Add(new NpgsqlParameter("online", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = petitions.Select(r => (object?)r.AnsweredOnline ?? DBNull.Value).ToArray() });
        merge.Parameters.AddWithValue("batch", batch);
        var (inserted, updated) = await UpsertCounts.ReadAsync(merge, cancellationToken);

        return new MergeOutcome(inserted, updated, petitions.Count - inserted - updated, petitions.Select(r => r.UnitId).Distinct().ToList(),
            petitions.Count == 0 ? null : ReportingPeriod.LocalDay(petitions.Min(r => r.ReceivedAt)),
            petitions.Count == 0 ? null : ReportingPeriod.LocalDay(petitions.Max(r => r.ReceivedAt)));
    }
}
