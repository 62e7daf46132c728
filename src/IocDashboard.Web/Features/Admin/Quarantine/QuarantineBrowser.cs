using System.Text.Encodings.Web;
using System.Text.Json;
using Npgsql;

namespace IocDashboard.Web.Features.Admin.Quarantine;

public sealed record QuarantineFilter(string? Source, string? Reason, int Page)
{
    public const int PageSize = 50;
}

public sealed record QuarantineRow(long Id, string SourceId, string ExternalId, string Reason, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int TimesSeen);

public sealed record QuarantinePage(IReadOnlyList<QuarantineRow> Rows, long Total, IReadOnlyList<string> Sources, IReadOnlyList<string> FrequentReasons);

public sealed record QuarantineItem(QuarantineRow Row, string RawPayload, string? PrettyPayload);

/// <summary>Reads ingest.quarantine for the operator: filter by source and reason (a case-insensitive part of it), paged.</summary>
public sealed class QuarantineBrowser(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, source_id, external_id, reason, first_seen, last_seen, times_seen";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<QuarantinePage> PageAsync(QuarantineFilter filter, CancellationToken ct)
    {
        const string where = """
            where (@source::text is null or source_id = @source)
              and (@reason::text is null or reason ilike '%' || replace(replace(replace(@reason, '\', '\\'), '%', '\%'), '_', '\_') || '%')
            """;
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command($"select {Columns} from ingest.quarantine {where} order by last_seen desc, id desc limit @take offset @skip", filter, paged: true));
        batch.BatchCommands.Add(Command($"select count(*) from ingest.quarantine {where}", filter));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("select distinct source_id from ingest.quarantine order by 1"));
        batch.BatchCommands.Add(Command($"select reason from ingest.quarantine {where} group by reason order by count(*) desc, reason limit 30", filter with { Reason = null }));

        await using var reader = await batch.ExecuteReaderAsync(ct);
        var rows = new List<QuarantineRow>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(ReadRow(reader));
        }

        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        var total = reader.GetInt64(0);
        return new QuarantinePage(rows, total, await StringsAsync(reader, ct), await StringsAsync(reader, ct));
    }

    public async Task<QuarantineItem?> GetAsync(long id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"select {Columns}, raw_payload from ingest.quarantine where id = @id");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        var raw = reader.GetString(7);
        return new QuarantineItem(ReadRow(reader), raw, Pretty(raw));
    }

    /// <summary>The payload indented, or null when it is not valid JSON (malformed pages are one reason for quarantine).</summary>
    public static string? Pretty(string raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Indented))
            {
                document.WriteTo(writer);
            }

            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static NpgsqlBatchCommand Command(string sql, QuarantineFilter filter, bool paged = false)
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

    private static QuarantineRow ReadRow(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
        reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetInt32(6));

    private static async Task<List<string>> StringsAsync(NpgsqlDataReader reader, CancellationToken ct)
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
