using System.Diagnostics;
using IocDashboard.Ingestion.Dossiers;
using IocDashboard.Ingestion.Feedback;
using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Indicators;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.Tasks;
using IocDashboard.Warehouse.Loading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IocDashboard.Ingestion.Sync;

/// <summary>
/// One run of one source: page through its change feed from the stored watermark; for each page validate,
/// quarantine what is invalid, merge the rest, advance the watermark and notify, all in one transaction. A
/// crash at any point replays from the last committed page to the same result. The next page is fetched
/// while the current one is merged; merges of all sources pass one <see cref="MergeGate"/>. A paused source does not
/// run, and two runs of one source never overlap, on any node: the second finds the source's lock taken and skips.
/// </summary>
public sealed class SourceSync(
    NpgsqlDataSource dataSource,
    FeedClient client,
    MergeGate gate,
    SourcePauses pauses,
    IOptions<IngestionOptions> options,
    ILogger<SourceSync> logger)
{
    private readonly DossierFeed _dossiers = new();
    private readonly TaskFeed _tasks = new();
    private readonly IndicatorValueFeed _indicators = new();
    private readonly PetitionFeed _petitions = new();

    public SourceOptions Source(string sourceId) =>
        options.Value.Sources.FirstOrDefault(s => s.Id == sourceId)
        ?? throw new InvalidOperationException($"unknown source '{sourceId}'");

    public Task<SyncResult> RunAsync(string sourceId, Action<SyncResult>? onPage, CancellationToken ct)
    {
        var source = Source(sourceId);
        return source.Kind switch
        {
            SourceKind.Dossiers => RunAsync(source, _dossiers, onPage, ct),
            SourceKind.Tasks => RunAsync(source, _tasks, onPage, ct),
            SourceKind.Indicators => RunAsync(source, _indicators, onPage, ct),
            SourceKind.Feedback => RunAsync(source, _petitions, onPage, ct),
            _ => throw new InvalidOperationException($"source '{sourceId}' has unknown kind '{source.Kind}'"),
        };
    }

    private async Task<SyncResult> RunAsync<TRow>(SourceOptions source, FeedKind<TRow> kind, Action<SyncResult>? onPage, CancellationToken ct)
        where TRow : class
    {
        var watch = Stopwatch.StartNew();
        if (await pauses.IsPausedAsync(source.Id, ct))
        {
            return SyncResult.Skipped(source.Id, "nguồn đang tạm dừng");
        }

        // One connection for the whole run: its session keeps the staging table from page to page, where a
        // connection returned to the pool would be reset (DISCARD ALL drops it) and recreate it every page. It
        // also holds the source's lock, which PostgreSQL releases when the session ends, even by a crash.
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (!await SourceLock.TryTakeAsync(connection, source.Id, ct))
        {
            return SyncResult.Skipped(source.Id, "một lần chạy khác của nguồn đang diễn ra");
        }

        try
        {
            return await RunLockedAsync(connection, source, kind, onPage, watch, ct);
        }
        finally
        {
            await SourceLock.ReleaseAsync(connection, source.Id);
        }
    }

    private async Task<SyncResult> RunLockedAsync<TRow>(
        NpgsqlConnection connection, SourceOptions source, FeedKind<TRow> kind, Action<SyncResult>? onPage, Stopwatch watch, CancellationToken ct)
        where TRow : class
    {
        var result = new SyncResult(source.Id, 0, 0, 0, 0, 0, 0, TimeSpan.Zero);
        var codes = await ReferenceCodes.LoadAsync(dataSource, ct);
        var cursor = await SourceState.CursorAsync(dataSource, source.Id, kind.Kind, ct);
        await SyncProgress.StartAsync(dataSource, source.Id, ct);
        var batch = await LoadBatchLog.StartAsync(connection, source.Id, "sync", null, ct);

        try
        {
            // The next page is fetched and validated while the current one is merged: the database work is
            // the only serial part of a source's run.
            var next = FetchAsync(source, kind, cursor, codes, ct);
            while (true)
            {
                var page = await next;
                next = page.HasMore ? FetchAsync(source, kind, page.NextCursor, codes, ct) : null;
                using (await gate.EnterAsync(page.Backlog(), ct))
                {
                    result = await LoadPageAsync(connection, source, kind, page, codes, batch, result, ct);
                }
                onPage?.Invoke(result with { Duration = watch.Elapsed });
                if (next is null)
                {
                    break;
                }
            }

            await kind.AfterRunAsync(connection, result.Inserted, ct);
            await LoadBatchLog.FinishAsync(connection, batch, result.Inserted + result.Updated, ct);

            await SourceState.FinishAsync(dataSource, source.Id, null, ct);
            return result with { Duration = watch.Elapsed };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Sync of {Source} failed after {Pages} pages", source.Id, result.Pages);
            await SourceState.FinishAsync(dataSource, source.Id, ex.Message, CancellationToken.None);
            throw;
        }
        finally
        {
            await SyncProgress.FinishAsync(dataSource, source.Id, CancellationToken.None);
        }
    }

    private async Task<ValidatedPage<TRow>> FetchAsync<TRow>(
        SourceOptions source, FeedKind<TRow> kind, string? cursor, ReferenceCodes codes, CancellationToken ct)
        where TRow : class
    {
        using var page = await client.GetPageAsync(source, cursor, ct);
        var accepted = new Dictionary<string, ParsedItem<TRow>>(StringComparer.Ordinal);
        var refused = new List<QuarantinedItem>();
        foreach (var item in page.Items)
        {
            var parsed = kind.Parse(item, codes);
            if (parsed.Row is not null)
            {
                // A record sent twice in one page (a retrying source) counts once: its latest state.
                if (!accepted.TryGetValue(parsed.ExternalId, out var seen) || seen.UpdatedAt <= parsed.UpdatedAt)
                {
                    accepted[parsed.ExternalId] = parsed;
                }
            }
            else
            {
                refused.Add(new QuarantinedItem(parsed.ExternalId, parsed.Rejection!, item.GetRawText()));
            }
        }

        var versions = accepted.Values.Select(a => a.UpdatedAt).ToList();
        return new ValidatedPage<TRow>(
            [.. accepted.Values.Select(a => a.Row!)], versions.Count == 0 ? null : (versions.Min(), versions.Max()),
            refused, page.Items.Count, page.NextCursor, page.HasMore, page.Remaining);
    }

    private static async Task<SyncResult> LoadPageAsync<TRow>(
        NpgsqlConnection connection, SourceOptions source, FeedKind<TRow> kind, ValidatedPage<TRow> page, ReferenceCodes codes, long batch, SyncResult result, CancellationToken ct)
        where TRow : class
    {
        var (rows, refused) = (page.Rows, page.Refused);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await Quarantine.WriteAsync(connection, source.Id, refused, ct);
        var merged = rows.Count == 0 ? MergeOutcome.Nothing : await kind.MergeAsync(connection, source.Id, rows, batch, ct);
        // One round trip closes the page: watermark, progress, the change notification and the commit mode.
        await using (var closing = new NpgsqlBatch(connection))
        {
            closing.BatchCommands.Add(SourceState.Advance(source.Id, page.NextCursor, page.Versions?.Newest, merged.Inserted + merged.Updated));
            closing.BatchCommands.Add(SyncProgress.Page(source.Id, page.ItemCount, page.Remaining));
            if (merged.Inserted + merged.Updated > 0)
            {
                closing.BatchCommands.Add(ChangeNotifier.Notify(new ChangeNotice(
                    source.Id, kind.Kind, merged.UnitIds.Select(u => codes.UnitCodes.GetValueOrDefault(u, "?")).Order().ToList(),
                    merged.FirstDay, merged.LastDay)));
            }

            // The commit need not wait for its WAL flush: the watermark is in the same transaction, so a crash
            // that loses the last commits loses their watermark too, and the next run fetches them again.
            closing.BatchCommands.Add(new NpgsqlBatchCommand("set local synchronous_commit = off"));
            await closing.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return result with
        {
            Pages = result.Pages + 1,
            Read = result.Read + page.ItemCount,
            Inserted = result.Inserted + merged.Inserted,
            Updated = result.Updated + merged.Updated,
            Unchanged = result.Unchanged + merged.Unchanged + (page.ItemCount - refused.Count - rows.Count),
            Quarantined = result.Quarantined + refused.Count,
            Remaining = page.Remaining,
        };
    }
}

/// <summary>
/// A fetched page after validation: the rows to write, the oldest and newest version (updatedAt) among them, the
/// items refused, where it ends, and how many records the source says follow it (when it says).
/// </summary>
internal sealed record ValidatedPage<TRow>(
    IReadOnlyList<TRow> Rows, (DateTimeOffset Oldest, DateTimeOffset Newest)? Versions, IReadOnlyList<QuarantinedItem> Refused,
    int ItemCount, string NextCursor, bool HasMore, long? Remaining)
    where TRow : class
{
    /// <summary>
    /// About how many records the feed still holds after this page: its records per hour of change times, times
    /// the hours from its newest change to now. Only compared between sources, so a rough figure is enough.
    /// </summary>
    public double Backlog()
    {
        if (!HasMore || Rows.Count < 2 || Versions is not (var first, var last))
        {
            return HasMore ? ItemCount : 0;
        }

        var hours = Math.Max((last - first).TotalHours, 1.0 / 3600);
        return Rows.Count / hours * Math.Max((DateTimeOffset.UtcNow - last).TotalHours, 0) + ItemCount;
    }
}
