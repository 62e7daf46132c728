using System.Text.Json;
using IocDashboard.Ingestion.Sources;
using Npgsql;

namespace IocDashboard.Ingestion.Feeds;

/// <summary>A record of a change feed once it has passed validation.</summary>
public interface IFeedRecord
{
    string ExternalId { get; }

    DateTimeOffset UpdatedAt { get; }
}

/// <summary>A feed item read: the record, or why it was refused (it then goes to quarantine).</summary>
public readonly record struct ParsedItem<TRecord>(TRecord? Record, string ExternalId, string? Rejection)
    where TRecord : class, IFeedRecord;

public static class ParsedItem
{
    public static ParsedItem<TRecord> Accept<TRecord>(TRecord record)
        where TRecord : class, IFeedRecord => new(record, record.ExternalId, null);

    public static ParsedItem<TRecord> Reject<TRecord>(string externalId, string reason)
        where TRecord : class, IFeedRecord => new(null, externalId, reason);
}

/// <summary>What merging one page changed, for the run's counts and the change notification.</summary>
public sealed record MergeOutcome(int Inserted, int Updated, int Unchanged, IReadOnlyCollection<int> UnitIds, DateOnly? FirstDay, DateOnly? LastDay);

/// <summary>
/// One kind of source (dossiers, tasks, indicator values, petitions): how its wire items are validated and how
/// a page of valid records is merged into the warehouse, inside the caller's transaction.
/// </summary>
public abstract class FeedKind<TRecord>
    where TRecord : class, IFeedRecord
{
    public abstract SourceKind Kind { get; }

    public abstract ParsedItem<TRecord> Parse(JsonElement item, ReferenceCodes codes);

    public abstract Task<MergeOutcome> MergeAsync(
        NpgsqlConnection connection, string sourceId, IReadOnlyList<TRecord> records, long batch, CancellationToken cancellationToken);

    /// <summary>After a run has committed its pages: upkeep that depends on how much the run loaded.</summary>
    public virtual Task AfterRunAsync(NpgsqlConnection connection, long inserted, CancellationToken cancellationToken) => Task.CompletedTask;
}
