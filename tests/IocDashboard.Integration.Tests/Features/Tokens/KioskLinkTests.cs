using System.Net;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Web.Features.Tokens;

namespace IocDashboard.Integration.Tests.Features.Tokens;

/// <summary>
/// The kiosk link GET /wall?screen=…&amp;token=…: a live token of the screen becomes the cookie ioc.kiosk and the
/// address loses the token; another screen's, a revoked or an unknown token gets 403 with the reason in Vietnamese.
/// </summary>
public sealed class KioskLinkTests : IAsyncLifetime
{
    private AdminHost _host = null!;

    public async Task InitializeAsync() => _host = await AdminHost.StartAsync("ioc_tokens_link");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_live_link_sets_the_kiosk_cookie_and_redirects_to_the_wall_without_the_token()
    {
        var token = await _host.KioskTokenAsync("main", "tv-phong-hop");
        using var client = _host.AnonymousClient(followRedirects: false);

        using var response = await client.GetAsync(new Uri($"/wall?kiosk=1&screen=main&token={token.Plaintext}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wall?screen=main&kiosk=1", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{TokenClaims.KioskCookie}={token.Plaintext};", cookie, StringComparison.Ordinal);
        foreach (var attribute in new[] { "max-age=34560000", "path=/", "samesite=strict", "httponly" })
        {
            Assert.Contains(attribute, cookie, StringComparison.OrdinalIgnoreCase);
        }

        // The cookie alone names the screen from now on.
        var (status, _, me) = await TokenRequests.MeAsync(client, cookie: $"{TokenClaims.KioskCookie}={token.Plaintext}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("kiosk", "kiosk:main:tv-phong-hop", "main"), (me!.Value.Text("kind"), me.Value.Text("name"), me.Value.Text("screen")));
        Assert.Equal([TokenClaims.KioskRole], me.Value.Roles());

        // And the wall without a token is the page it always was.
        using var page = await client.GetAsync(new Uri("/wall?screen=main", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("connection-state", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_screens_a_revoked_or_an_unknown_token_gets_403_and_no_cookie()
    {
        var other = await _host.KioskTokenAsync("hanh-chinh");
        var revoked = await _host.KioskTokenAsync("main");
        await _host.Issuer().RevokeAsync(TokenKind.Kiosk, revoked.Token.Id, TokenRequests.Actor, null, CancellationToken.None);
        using var client = _host.AnonymousClient(followRedirects: false);

        var refusals = new[]
        {
            (other.Plaintext, "dành cho màn hình “hanh-chinh”, không phải màn hình “main”"),
            (revoked.Plaintext, "không hợp lệ hoặc đã bị thu hồi"),
            (TokenSecret.New(TokenKind.Kiosk), "không hợp lệ hoặc đã bị thu hồi"),
            ("", "không hợp lệ hoặc đã bị thu hồi"),
        };
        foreach (var (token, reason) in refusals)
        {
            using var response = await client.GetAsync(new Uri($"/wall?screen=main&token={Uri.EscapeDataString(token)}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"));
            Assert.Contains(reason, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
    }
}
