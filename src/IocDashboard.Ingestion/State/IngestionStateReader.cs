using IocDashboard.Ingestion.Sources;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IocDashboard.Ingestion.State;

/// <summary>
/// The one reader of ingestion's own state (ingest.source_state, ingest.quarantine, ingest.sync_progress) for the
/// pages, the API and the wall: they ask here instead of reading those tables themselves.
/// </summary>
public sealed class IngestionStateReader(NpgsqlDataSource dataSource, IOptions<IngestionOptions> options, TimeProvider clock)
{
    private const string QuarantineColumns = "id, source_id, external_id, reason, first_seen, last_seen, times_seen";

    // A reason filter matches a part of the reason, case-insensitively, with LIKE's wildcards taken literally.
    private const string QuarantineWhere = """
        where (@source::text is null or source_id = @source)
          and (@reason::text is null or reason ilike '%' || replace(replace(replace(@reason, '\', '\\'), '%', '\%'), '_', '\_') || '%')
        """;

    /// <summary>Every enabled source with its freshness (stale when it has not succeeded within its SLA, or ever) and whether it is paused.</summary>
    public async Task<IReadOnlyList<SourceFreshness>> FreshnessAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            select s.source_id, s.last_success_at, s.last_attempt_at, s.newest_record_at, s.last_error, s.rows_loaded,
                   (select count(*) from ingest.quarantine q where q.source_id = s.source_id)
            from ingest.source_state s;
            select source_id from ingest.source_pauses
            """);
        var paused = new HashSet<string>(StringComparer.Ordinal);
        var state = new Dictionary<string, (DateTimeOffset? Success, DateTimeOffset? Attempt, DateTimeOffset? Newest, string? Error, long Rows, long Quarantined)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                DateTimeOffset? At(int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateTimeOffset>(i);
                state[reader.GetString(0)] = (At(1), At(2), At(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt64(5), reader.GetInt64(6));
            }

            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                paused.Add(reader.GetString(0));
            }
        }

        var now = clock.GetUtcNow();
        return options.Value.Sources.Where(s => s.Enabled).Select(s =>
        {
            state.TryGetValue(s.Id, out var st);
            var since = st.Success is { } success ? (now - success).TotalMinutes : (double?)null;
            return new SourceFreshness(s.Id, s.Kind, s.Name, st.Success, st.Attempt, st.Newest, s.FreshnessSla.TotalMinutes,
                since is null || since > s.FreshnessSla.TotalMinutes, since is null ? null : Math.Round(since.Value, 1), st.Error, st.Rows, st.Quarantined, paused.Contains(s.Id));
        }).ToList();
    }

    /// <summary>The refused records that match, newest first, one page of them.</summary>
    public async Task<QuarantinePage> QuarantineAsync(QuarantineFilter filter, CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(QuarantineCommand(
            $"select {QuarantineColumns} from ingest.quarantine {QuarantineWhere} order by last_seen desc, id desc limit @take offset @skip", filter, paged: true));
        batch.BatchCommands.Add(QuarantineCommand($"select count(*) from ingest.quarantine {QuarantineWhere}", filter));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("select distinct source_id from ingest.quarantine order by 1"));
        batch.BatchCommands.Add(QuarantineCommand(
            $"select reason from ingest.quarantine {QuarantineWhere} group by reason order by count(*) desc, reason limit 30", filter with { Reason = null }));

        await using var reader = await batch.ExecuteReaderAsync(ct);
        var rows = new List<QuarantineRow>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(ReadQuarantineRow(reader));
        }

        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        var total = reader.GetInt64(0);
        return new QuarantinePage(rows, total, await NextStringsAsync(reader, ct), await NextStringsAsync(reader, ct));
    }

    /// <summary>One refused record with its raw payload, or null when there is none with that id.</summary>
    public async Task<QuarantinedRecord?> QuarantinedAsync(long id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"select {QuarantineColumns}, raw_payload from ingest.quarantine where id = @id");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new QuarantinedRecord(ReadQuarantineRow(reader), reader.GetString(7)) : null;
    }

    /// <summary>The paused sources, by id, with who paused them and when.</summary>
    public async Task<IReadOnlyDictionary<string, SourcePause>> PausesAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("select source_id, paused_at, paused_by from ingest.source_pauses");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var pauses = new Dictionary<string, SourcePause>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            pauses[reader.GetString(0)] = new SourcePause(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2));
        }

        return pauses;
    }

    /// <summary>The syncs running now, on any node.</summary>
    public async Task<IReadOnlyList<RunningSync>> RunningSyncsAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            select source_id, node, started_at, updated_at, pages, rows_read, rows_remaining from ingest.sync_progress where finished_at is null
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var running = new List<RunningSync>();
        while (await reader.ReadAsync(ct))
        {
            running.Add(new RunningSync(
                reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetInt32(4), reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetInt64(6)));
        }

        return running;
    }

    private static NpgsqlBatchCommand QuarantineCommand(string sql, QuarantineFilter filter, bool paged = false)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string?>("source", Blank(filter.Source)) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<string?>("reason", Blank(filter.Reason)) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        if (paged)
        {
            command.Parameters.AddWithValue("take", QuarantineFilter.PageSize);
            command.Parameters.AddWithValue("skip", Math.Max(0, filter.Page - 1) * QuarantineFilter.PageSize);
        }

        return command;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static QuarantineRow ReadQuarantineRow(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
        reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetInt32(6));

    private static async Task<List<string>> NextStringsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        await reader.NextResultAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
