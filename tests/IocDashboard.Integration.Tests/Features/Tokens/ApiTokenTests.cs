using System.Net;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Web.Features.Tokens;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Tokens;

/// <summary>
/// The ApiToken scheme through GET /api/me on a migrated database: a live token names its caller with its role, a
/// dead one gets 401 with WWW-Authenticate: Bearer, and the tables keep the token's hash, never the token.
/// </summary>
public sealed class ApiTokenTests : IAsyncLifetime
{
    private AdminHost _host = null!;

    public async Task InitializeAsync() => _host = await AdminHost.StartAsync("ioc_tokens_api");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_live_token_is_named_on_api_me_with_its_role_and_as_read_only()
    {
        var token = await _host.ApiTokenAsync("bao-cao-so", "Leader");
        using var client = _host.AnonymousClient();

        var (status, _, me) = await TokenRequests.MeAsync(client, bearer: token.Plaintext);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("api", me!.Value.Text("kind"));
        Assert.Equal("api:bao-cao-so", me.Value.Text("name"));
        Assert.Equal(["Leader"], me.Value.Roles());
        Assert.True(me.Value.GetProperty("readOnly").GetBoolean());
        var lastUsed = (await _host.Store().ListAsync(TokenKind.Api, CancellationToken.None)).Single(t => t.Id == token.Token.Id).LastUsedAt;
        Assert.NotNull(lastUsed);
    }

    [Fact]
    public async Task A_revoked_an_unknown_or_a_malformed_token_gets_401_with_WWW_Authenticate_Bearer()
    {
        var revoked = await _host.ApiTokenAsync("da-thu-hoi");
        using var client = _host.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await TokenRequests.MeAsync(client, bearer: revoked.Plaintext)).Status);
        Assert.NotNull(await _host.Issuer().RevokeAsync(TokenKind.Api, revoked.Token.Id, TokenRequests.Actor, null, CancellationToken.None));

        foreach (var dead in new[] { revoked.Plaintext, TokenSecret.New(TokenKind.Api), TokenSecret.ApiPrefix + "ngắn-quá", TokenSecret.New(TokenKind.Kiosk).Replace(TokenSecret.KioskPrefix, TokenSecret.ApiPrefix, StringComparison.Ordinal) })
        {
            var (status, challenge, _) = await TokenRequests.MeAsync(client, bearer: dead);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.StartsWith("Bearer", challenge, StringComparison.Ordinal);
            Assert.Contains("invalid_token", challenge, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_a_token_the_caller_is_anonymous_and_a_dead_token_gets_401_on_the_API()
    {
        using var client = _host.AnonymousClient();

        var (status, _, me) = await TokenRequests.MeAsync(client);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("anonymous", me!.Value.Text("kind"));
        Assert.Empty(me.Value.Roles());

        // A token the app never made: refused as a token, so the script learns it is dead rather than "not signed in".
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/sources", UriKind.Relative));
        request.Headers.Authorization = new("Bearer", TokenSecret.New(TokenKind.Api));
        using var sources = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, sources.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", sources.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task The_tables_keep_the_tokens_hash_and_a_short_prefix_never_the_token()
    {
        var api = await _host.ApiTokenAsync("he-thong-khac");
        var kiosk = await _host.KioskTokenAsync("main", "tv-sanh");

        await using var connection = new NpgsqlConnection(_host.ConnectionString);
        await connection.OpenAsync();
        foreach (var (table, created) in new[] { ("auth.api_tokens", api), ("auth.kiosk_tokens", kiosk) })
        {
            await using var command = new NpgsqlCommand(
                $"select t::text, token_hash = sha256(convert_to(@token, 'UTF8')), prefix from {table} t where id = @id", connection);
            command.Parameters.AddWithValue("token", created.Plaintext);
            command.Parameters.AddWithValue("id", created.Token.Id);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            var row = reader.GetString(0);
            var secret = created.Plaintext[TokenSecret.Prefix(created.Token.Kind).Length..];
            Assert.DoesNotContain(secret, row, StringComparison.Ordinal);
            Assert.DoesNotContain(secret[..12], row, StringComparison.Ordinal); // no more than the short prefix shows
            Assert.True(reader.GetBoolean(1), $"{table}: token_hash is the SHA-256 of the token");
            Assert.StartsWith(reader.GetString(2), created.Plaintext, StringComparison.Ordinal);
            Assert.True(reader.GetString(2).Length <= TokenSecret.Prefix(created.Token.Kind).Length + 6);
        }
    }
}
