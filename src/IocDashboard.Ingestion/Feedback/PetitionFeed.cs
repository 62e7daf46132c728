using System.Text.Json;
using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Sources;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Ingestion.Feedback;

/// <summary>A citizen's petition (PAKN) and where it stands.</summary>
public sealed record PetitionRecord(
    string ExternalId, DateTimeOffset ReceivedAt, string Channel, int UnitId, string Subject, DateTimeOffset? ForwardedAt,
    DateTimeOffset? AnsweredAt, bool? AnsweredOnline, DateTimeOffset UpdatedAt) : IFeedRecord;

/// <summary>Petitions from the citizen-feedback system, upserted by (source, id).</summary>
public sealed class PetitionFeed : FeedKind<PetitionRecord>
{
    private static readonly HashSet<string> Channels = ["nationalPortal", "provincialPortal", "hotline", "zalo"];

    public override SourceKind Kind => SourceKind.Feedback;

    public override ParsedItem<PetitionRecord> Parse(JsonElement item, ReferenceCodes codes)
    {
        var read = new ItemReader(item);
        var id = read.IdOrStandIn();
        read.Text("id");
        var received = read.Instant("receivedAt");
        var channel = read.Text("channel");
        var unit = read.Text("unitCode");
        var subject = read.Text("subject");
        var forwarded = read.Instant("forwardedAt", required: false);
        var answered = read.Instant("answeredAt", required: false);
        var updated = read.Instant("updatedAt");
        if (!read.Ok)
        {
            return ParsedItem.Reject<PetitionRecord>(id, read.Problem!);
        }

        if (!Channels.Contains(channel!))
        {
            return ParsedItem.Reject<PetitionRecord>(id, $"unknown channel '{channel}'");
        }

        if (!codes.Units.TryGetValue(unit!, out var unitId))
        {
            return ParsedItem.Reject<PetitionRecord>(id, $"unknown unit code '{unit}'");
        }

        if (answered < received || forwarded < received)
        {
            return ParsedItem.Reject<PetitionRecord>(id, "impossible dates: handled before received");
        }

        return ParsedItem.Accept(new PetitionRecord(id, received!.Value, channel!, unitId, subject!, forwarded, answered, read.Boolean("answeredOnline"), updated!.Value));
    }

    public override async Task<MergeOutcome> MergeAsync(
        NpgsqlConnection connection, string sourceId, IReadOnlyList<PetitionRecord> records, long batch, CancellationToken cancellationToken)
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
        merge.Parameters.AddWithValue("source", SourceCode(sourceId));
        merge.Parameters.AddWithValue("id", records.Select(r => r.ExternalId).ToArray());
        merge.Parameters.AddWithValue("received", records.Select(r => r.ReceivedAt.ToUniversalTime()).ToArray());
        merge.Parameters.AddWithValue("channel", records.Select(r => r.Channel).ToArray());
        merge.Parameters.AddWithValue("unit", records.Select(r => r.UnitId).ToArray());
        merge.Parameters.AddWithValue("subject", records.Select(r => r.Subject).ToArray());
        merge.Parameters.Add(new NpgsqlParameter("forwarded", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = records.Select(r => (object?)r.ForwardedAt?.ToUniversalTime() ?? DBNull.Value).ToArray() });
        merge.Parameters.Add(new NpgsqlParameter("answered", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = records.Select(r => (object?)r.AnsweredAt?.ToUniversalTime() ?? DBNull.Value).ToArray() });
        merge.Parameters.Add(new NpgsqlParameter("online", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = records.Select(r => (object?)r.AnsweredOnline ?? DBNull.Value).ToArray() });
        merge.Parameters.AddWithValue("batch", batch);
        var (inserted, updated) = await UpsertCounts.ReadAsync(merge, cancellationToken);

        return new MergeOutcome(inserted, updated, records.Count - inserted - updated, records.Select(r => r.UnitId).Distinct().ToList(),
            records.Count == 0 ? null : DateOnly.FromDateTime(records.Min(r => r.ReceivedAt).ToOffset(TimeSpan.FromHours(7)).DateTime),
            records.Count == 0 ? null : DateOnly.FromDateTime(records.Max(r => r.ReceivedAt).ToOffset(TimeSpan.FromHours(7)).DateTime));
    }

    /// <summary>Petitions keep the source code the seed used ("PAKN") so both paths give the same natural keys.</summary>
    public static string SourceCode(string sourceId) => sourceId.ToUpperInvariant();
}
