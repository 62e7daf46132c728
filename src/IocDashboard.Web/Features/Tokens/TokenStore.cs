using System.Collections.Concurrent;
using IocDashboard.Web.Features.Shared;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Web.Features.Tokens;

/// <summary>
/// The one reader and writer of auth.api_tokens and auth.kiosk_tokens: makes a token (its plaintext is returned once
/// and never stored), finds a live token by its hash, lists, revokes, and notes when a token was last used.
/// </summary>
public sealed class TokenStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>How often at most last_used_at is written per token: a token used by a script every second costs no write each time.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>The last use of each token as stored, as this node last learnt it.</summary>
    private readonly ConcurrentDictionary<(TokenKind, long), DateTimeOffset> _lastUse = new();

    /// <summary>The tokens this node last found live, by kind and hash (<see cref="FindActiveAsync"/>).</summary>
    private readonly ConcurrentDictionary<(TokenKind, string), TokenRecord> _lastFoundLive = new();

    /// <summary>A new API token; null when a live API token already has that name (names compare without case).</summary>
    public Task<CreatedToken?> CreateApiTokenAsync(string name, string role, string createdBy, CancellationToken ct) =>
        CreateAsync(TokenKind.Api, name, role, createdBy, ct);

    /// <summary>A new kiosk token for a screen; null when a live token of that screen already has that name.</summary>
    public Task<CreatedToken?> CreateKioskTokenAsync(string screen, string name, string createdBy, CancellationToken ct) =>
        CreateAsync(TokenKind.Kiosk, name, screen, createdBy, ct);

    /// <summary>
    /// The live (not revoked) token with that hash, or null. While the warehouse cannot be reached, a token this node
    /// last found live still is: a wall rebooted during a database outage opens with its last data instead of a
    /// refusal. Revoking needs the warehouse, so nothing revoked is admitted this way.
    /// </summary>
    public async Task<TokenRecord?> FindActiveAsync(TokenKind kind, byte[] hash, CancellationToken ct)
    {
        var key = (kind, Convert.ToHexString(hash));
        try
        {
            await using var command = dataSource.CreateCommand($"select {Columns(kind)} from {Table(kind)} where token_hash = @hash and revoked_at is null");
            command.Parameters.AddWithValue("hash", NpgsqlDbType.Bytea, hash);
            var found = (await ReadAsync(kind, command, ct)).SingleOrDefault();
            if (found is null)
            {
                _lastFoundLive.TryRemove(key, out _);
            }
            else
            {
                _lastFoundLive[key] = found;
            }

            return found;
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex) && _lastFoundLive.TryGetValue(key, out var known))
        {
            return known;
        }
    }

    /// <summary>Every token of the kind, live ones first, newest first.</summary>
    public async Task<IReadOnlyList<TokenRecord>> ListAsync(TokenKind kind, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            $"select {Columns(kind)} from {Table(kind)} order by revoked_at is not null, created_at desc, id desc");
        return await ReadAsync(kind, command, ct);
    }

    /// <summary>Revokes a live token; returns it as revoked, or null when no live token of the kind has that id.</summary>
    public async Task<TokenRecord?> RevokeAsync(TokenKind kind, long id, string revokedBy, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"""
            update {Table(kind)} set revoked_at = @at, revoked_by = @by
            where id = @id and revoked_at is null
            returning {Columns(kind)}
            """);
        command.Parameters.AddWithValue("at", clock.GetUtcNow().ToUniversalTime());
        command.Parameters.AddWithValue("by", revokedBy);
        command.Parameters.AddWithValue("id", id);
        var revoked = (await ReadAsync(kind, command, ct)).SingleOrDefault();
        foreach (var known in _lastFoundLive.Where(k => k.Key.Item1 == kind && k.Value.Id == id))
        {
            _lastFoundLive.TryRemove(known.Key, out _);
        }

        return revoked;
    }

    /// <summary>Of these kiosk token ids, those that are no longer live (revoked, or gone).</summary>
    public async Task<IReadOnlyList<long>> NotActiveKioskTokensAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            select id from unnest(@ids) as asked(id)
            where not exists (select 1 from auth.kiosk_tokens k where k.id = asked.id and k.revoked_at is null)
            """);
        command.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint, ids.ToArray());
        var gone = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            gone.Add(reader.GetInt64(0));
        }

        return gone;
    }

    /// <summary>
    /// Notes that a token was used now, at most once per <see cref="LastUsedResolution"/>: the statement skips the
    /// write when the stored time is more recent than that (whichever node wrote it), and this node remembers the
    /// stored time, so it asks again only once that is a resolution old.
    /// </summary>
    public async Task MarkUsedAsync(TokenRecord token, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var key = (token.Kind, token.Id);
        if (_lastUse.TryGetValue(key, out var known) && now - known < LastUsedResolution)
        {
            return;
        }

        // Noting the use is not worth refusing the request for: while the warehouse is away it waits for the next use.
        try
        {
            await WriteLastUseAsync(token, now, key, ct);
        }
        catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
        {
        }
    }

    private async Task WriteLastUseAsync(TokenRecord token, DateTimeOffset now, (TokenKind, long) key, CancellationToken ct)
    {
        // The CTE's update is not visible to the second select (one snapshot): it reads the time another node wrote.
        await using var command = dataSource.CreateCommand($"""
            with touched as (
                update {Table(token.Kind)} set last_used_at = @now
                where id = @id and (last_used_at is null or last_used_at <= @now - @resolution)
                returning last_used_at)
            select coalesce((select last_used_at from touched), (select last_used_at from {Table(token.Kind)} where id = @id), @now)
            """);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("id", token.Id);
        command.Parameters.AddWithValue("resolution", LastUsedResolution);
        await using var reader = await command.ExecuteReaderAsync(ct);
        _lastUse[key] = await reader.ReadAsync(ct) ? reader.GetFieldValue<DateTimeOffset>(0) : now;
    }

    private async Task<CreatedToken?> CreateAsync(TokenKind kind, string name, string roleOrScreen, string createdBy, CancellationToken ct)
    {
        var plaintext = TokenSecret.New(kind);
        await using var command = dataSource.CreateCommand($"""
            insert into {Table(kind)} (name, {(kind == TokenKind.Api ? "role" : "screen")}, token_hash, prefix, created_at, created_by)
            values (@name, @scope, @hash, @prefix, @at, @by)
            returning {Columns(kind)}
            """);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("scope", roleOrScreen);
        command.Parameters.AddWithValue("hash", NpgsqlDbType.Bytea, TokenSecret.Hash(plaintext));
        command.Parameters.AddWithValue("prefix", TokenSecret.DisplayPrefix(kind, plaintext));
        command.Parameters.AddWithValue("at", clock.GetUtcNow().ToUniversalTime());
        command.Parameters.AddWithValue("by", createdBy);
        try
        {
            return new CreatedToken((await ReadAsync(kind, command, ct)).Single(), plaintext);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName?.EndsWith("_active_name", StringComparison.Ordinal) == true)
        {
            return null;
        }
    }

    private static string Table(TokenKind kind) => kind == TokenKind.Api ? "auth.api_tokens" : "auth.kiosk_tokens";

    private static string Columns(TokenKind kind) =>
        (kind == TokenKind.Api ? "id, name, role, null::text" : "id, name, null::text, screen")
        + ", prefix, created_at, created_by, revoked_at, revoked_by, last_used_at";

    private static async Task<List<TokenRecord>> ReadAsync(TokenKind kind, NpgsqlCommand command, CancellationToken ct)
    {
        var rows = new List<TokenRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new TokenRecord(
                kind, reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9)));
        }

        return rows;
    }
}
