using System.Text.Json;
using IocDashboard.Web.Features.Admin;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Web.Features.Audit;

/// <summary>One change as the audit log keeps it: who, what, on which target, when, the state before and after.</summary>
public sealed record AuditRecord(long Id, DateTimeOffset At, string Actor, string Action, string Target, string? Before, string? After, string? RemoteAddress);

/// <summary>Which records to list: by actor, by action (a prefix: "token" matches "token.create"), from and to (instants).</summary>
public sealed record AuditFilter(string? Actor = null, string? Action = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Limit = 200);

/// <summary>
/// The one reader and writer of auth.audit_log: appends what administrators and analysts change, and lists it newest
/// first. There is no method to change or remove a record, and the table's trigger refuses it anyway.
/// </summary>
public sealed class AuditTrail(NpgsqlDataSource dataSource, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Records a change made in a request: the actor is the request's user (<see cref="AdminConsole.Operator"/>).</summary>
    public Task RecordAsync(HttpContext context, string action, string target, object? before, object? after, CancellationToken ct) =>
        RecordAsync(AdminConsole.Operator(context), action, target, before, after, context.Connection.RemoteIpAddress?.ToString(), ct);

    /// <summary>Records a change; <paramref name="before"/> and <paramref name="after"/> are stored as JSON (null for none).</summary>
    public async Task RecordAsync(string actor, string action, string target, object? before, object? after, string? remoteAddress, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            insert into auth.audit_log (at, actor, action, target, before, after, remote_address)
            values (@at, @actor, @action, @target, @before, @after, @remote)
            """);
        command.Parameters.AddWithValue("at", clock.GetUtcNow().ToUniversalTime());
        command.Parameters.AddWithValue("actor", actor);
        command.Parameters.AddWithValue("action", action);
        command.Parameters.AddWithValue("target", target);
        command.Parameters.AddWithValue("before", NpgsqlDbType.Jsonb, before is null ? DBNull.Value : JsonSerializer.Serialize(before, Json));
        command.Parameters.AddWithValue("after", NpgsqlDbType.Jsonb, after is null ? DBNull.Value : JsonSerializer.Serialize(after, Json));
        command.Parameters.AddWithValue("remote", (object?)remoteAddress ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The records that match, newest first, at most <see cref="AuditFilter.Limit"/>.</summary>
    public async Task<IReadOnlyList<AuditRecord>> ListAsync(AuditFilter filter, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            select id, at, actor, action, target, before::text, after::text, remote_address
            from auth.audit_log
            where (@actor::text is null or actor = @actor)
              and (@action::text is null or action = @action or action like @action || '.%')
              and (@from::timestamptz is null or at >= @from)
              and (@to::timestamptz is null or at < @to)
            order by at desc, id desc
            limit @limit
            """);
        command.Parameters.AddWithValue("actor", NpgsqlDbType.Text, (object?)filter.Actor ?? DBNull.Value);
        command.Parameters.AddWithValue("action", NpgsqlDbType.Text, (object?)filter.Action ?? DBNull.Value);
        command.Parameters.AddWithValue("from", NpgsqlDbType.TimestampTz, (object?)filter.From?.ToUniversalTime() ?? DBNull.Value);
        command.Parameters.AddWithValue("to", NpgsqlDbType.TimestampTz, (object?)filter.To?.ToUniversalTime() ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", Math.Clamp(filter.Limit, 1, 1000));
        var records = new List<AuditRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            records.Add(new AuditRecord(
                reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return records;
    }

    /// <summary>The actions recorded so far, for the page's filter.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("select distinct action from auth.audit_log order by action");
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            actions.Add(reader.GetString(0));
        }

        return actions;
    }
}
