using System.Text.Json;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Warehouse.Loading;
using Npgsql;

namespace IocDashboard.Ingestion.Feeds;

/// <summary>
/// A feed item read: the warehouse row it becomes with the item's id and version (its updatedAt), or why it was
/// refused (it then goes to quarantine).
/// </summary>
public readonly record struct ParsedItem<TRow>(TRow? Row, string ExternalId, DateTimeOffset UpdatedAt, string? Rejection)
    where TRow : class;

public static class ParsedItem
{
    public static ParsedItem<TRow> Accept<TRow>(TRow row, string externalId, DateTimeOffset updatedAt)
        where TRow : class => new(row, externalId, updatedAt, null);

    public static ParsedItem<TRow> Reject<TRow>(string externalId, string reason)
        where TRow : class => new(null, externalId, default, reason);
}

/// <summary>
/// One kind of source (dossiers, tasks, indicator values, petitions): how its wire items are validated into
/// warehouse rows, and which of the Warehouse's writers takes a page of them, inside the caller's transaction.
/// </summary>
public abstract class FeedKind<TRow>
    where TRow : class
{
    public abstract SourceKind Kind { get; }

    public abstract ParsedItem<TRow> Parse(JsonElement item, ReferenceCodes codes);

    public abstract Task<MergeOutcome> MergeAsync(
        NpgsqlConnection connection, string sourceId, IReadOnlyList<TRow> rows, long batch, CancellationToken cancellationToken);

    /// <summary>After a run has committed its pages: upkeep that depends on how much the run loaded.</summary>
    public virtual Task AfterRunAsync(NpgsqlConnection connection, long inserted, CancellationToken cancellationToken) => Task.CompletedTask;
}
