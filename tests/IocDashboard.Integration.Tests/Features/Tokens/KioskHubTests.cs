using System.Net;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Tokens;
using static IocDashboard.Integration.Tests.Infrastructure.WallHubClient;

namespace IocDashboard.Integration.Tests.Features.Tokens;

/// <summary>
/// The wall hub with kiosk tokens (the cookie, as a browser sends it, or access_token): a token joins its own screen
/// only, and revoking it closes its open connections (at once on this node; through the watcher's check when revoked
/// elsewhere) and refuses new ones. A refusal is 403 before any connection, its reason's code in the text that the
/// browser's negotiation shows the wall's script.
/// </summary>
public sealed class KioskHubTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private AdminHost _host = null!;

    /// <summary>The dimensions, without which the wall's panels cannot be computed; a short check interval.</summary>
    public async Task InitializeAsync() =>
        _host = await AdminHost.StartAsync("ioc_tokens_hub", seedDimensions: true, settings: new Dictionary<string, string?> { ["Tokens:RevocationCheckInterval"] = "00:00:00.500" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_kiosk_token_joins_its_own_screen_and_is_refused_on_another()
    {
        var token = await _host.KioskTokenAsync("hanh-chinh");

        await using (var own = await ConnectAsync(_host.Factory.Server, "hanh-chinh", Wait, cookie: Cookie(token)))
        {
            Assert.Equal("hanh-chinh", (await own.NextSnapshotAsync(Wait)).Screen);
        }

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(_host.Factory.Server, "main", Wait, cookie: Cookie(token)));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Forbidden, true), await NegotiateAsync("main", Cookie(token), "kiosk-other-screen"));
    }

    [Fact]
    public async Task Revoking_a_kiosk_token_closes_its_open_connections_and_refuses_new_ones()
    {
        var token = await _host.KioskTokenAsync("main");
        await using var byCookie = await ConnectAsync(_host.Factory.Server, "main", Wait, cookie: Cookie(token));
        await using var byQuery = await ConnectAsync(_host.Factory.Server, "main", Wait, query: "access_token=" + token.Plaintext);
        await byCookie.NextSnapshotAsync(Wait);
        await byQuery.NextSnapshotAsync(Wait);

        Assert.Contains(token.Token.Id, _host.Sessions().TokenIds());

        await _host.Issuer().RevokeAsync(TokenKind.Kiosk, token.Token.Id, TokenRequests.Actor, null, CancellationToken.None);

        Assert.DoesNotContain(token.Token.Id, _host.Sessions().TokenIds()); // aborted by the revocation itself
        await byCookie.ClosedAsync(Wait);
        await byQuery.ClosedAsync(Wait);
        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(_host.Factory.Server, "main", Wait, cookie: Cookie(token)));
        Assert.Equal((HttpStatusCode.Forbidden, true), await NegotiateAsync("main", Cookie(token), "kiosk-token-revoked"));
    }

    [Fact]
    public async Task A_token_revoked_on_another_node_closes_this_nodes_walls_at_the_next_check()
    {
        var token = await _host.KioskTokenAsync("main");
        await using var wall = await ConnectAsync(_host.Factory.Server, "main", Wait, cookie: Cookie(token));
        await wall.NextSnapshotAsync(Wait);

        // Straight in the table, as another node's issuer would: this node's sessions hear nothing of it.
        await _host.Store().RevokeAsync(TokenKind.Kiosk, token.Token.Id, "another-node", CancellationToken.None);

        await wall.ClosedAsync(Wait);
    }

    [Fact]
    public async Task Without_a_token_or_an_account_the_hub_refuses_and_a_role_may_watch_any_screen()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(_host.Factory.Server, "main", Wait));
        using var stranger = _host.AnonymousClient();
        using var negotiate = await stranger.PostAsync(new Uri("/hubs/wall/negotiate?screen=main&negotiateVersion=1", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Unauthorized, negotiate.StatusCode);

        var leader = await _host.ApiTokenAsync("xem-tuong", "Leader");
        await using var wall = await ConnectAsync(_host.Factory.Server, "hanh-chinh", Wait, bearer: leader.Plaintext);
        Assert.Equal("hanh-chinh", (await wall.NextSnapshotAsync(Wait)).Screen);
    }

    private static string Cookie(CreatedToken token) => $"{TokenClaims.KioskCookie}={token.Plaintext}";

    /// <summary>What a browser's negotiation with the hub hears: the status, and whether the text names <paramref name="code"/>.</summary>
    private async Task<(HttpStatusCode Status, bool NamesCode)> NegotiateAsync(string screen, string cookie, string code)
    {
        using var client = _host.AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/hubs/wall/negotiate?screen={screen}&negotiateVersion=1", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, (await response.Content.ReadAsStringAsync()).Contains(code, StringComparison.Ordinal));
    }
}
