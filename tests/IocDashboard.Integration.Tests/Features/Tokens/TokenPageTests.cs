using System.Net;
using System.Text.RegularExpressions;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Web.Features.Audit;
using IocDashboard.Web.Features.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Integration.Tests.Features.Tokens;

/// <summary>
/// /admin/tokens from the server itself: a token made there is shown once and works, revoking it is a
/// POST-redirect-GET that kills it, and both are in the audit log by who and on which token, without the token.
/// </summary>
public sealed partial class TokenPageTests : IAsyncLifetime
{
    private AdminHost _host = null!;

    public async Task InitializeAsync() => _host = await AdminHost.StartAsync("ioc_tokens_page");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_token_made_on_the_page_is_shown_once_works_and_is_revoked_there_with_audit_records_without_the_secret()
    {
        using var client = await _host.ClientAsync(followRedirects: false);
        var antiforgery = AdminHost.AntiforgeryToken(await AdminHost.PageAsync(client, "/admin/tokens"));

        var (apiPage, apiHeaders) = await PostAsync(client, "CreateApi", antiforgery, ("name", "kho-du-lieu"), ("role", "Admin"));
        var api = NewToken().Match(apiPage).Groups[1].Value;
        Assert.StartsWith(TokenSecret.ApiPrefix, api, StringComparison.Ordinal);
        Assert.Contains("no-store", apiHeaders, StringComparison.Ordinal);
        var (kioskPage, _) = await PostAsync(client, "CreateKiosk", antiforgery, ("screen", "main"), ("name", "tv-sanh"));
        var kiosk = NewToken().Match(kioskPage).Groups[1].Value;
        Assert.Contains($"<code id=\"kiosk-link\">http://localhost/wall?screen=main&token={kiosk}</code>", kioskPage, StringComparison.Ordinal);

        var (_, _, me) = await TokenRequests.MeAsync(client, bearer: api);
        Assert.Equal(("api:kho-du-lieu", "Admin"), (me!.Value.Text("name"), me.Value.Roles().Single()));
        var listed = await AdminHost.PageAsync(client, "/admin/tokens");
        Assert.DoesNotContain(api, listed, StringComparison.Ordinal); // shown once: the list has the prefix only
        Assert.Contains(api[..14] + "…", listed, StringComparison.Ordinal);
        var apiId = (await _host.Store().ListAsync(TokenKind.Api, CancellationToken.None)).Single().Id;

        using (var revoke = await PostResponseAsync(client, "Revoke", antiforgery, ("kind", "Api"), ("id", apiId.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
            Assert.Equal("/admin/tokens", revoke.Headers.Location?.OriginalString);
        }

        var after = await AdminHost.PageAsync(client, "/admin/tokens");
        Assert.Contains("Đã thu hồi mã api:kho-du-lieu", after, StringComparison.Ordinal);
        Assert.Contains($"data-id=\"{apiId}\" data-name=\"kho-du-lieu\" data-revoked=\"true\"", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenRequests.MeAsync(client, bearer: api)).Status);

        var records = await _host.Factory.Services.GetRequiredService<AuditTrail>().ListAsync(new AuditFilter(Action: "token"), CancellationToken.None);
        Assert.Equal(
            [("token.revoke", "api:kho-du-lieu"), ("token.create", "kiosk:main:tv-sanh"), ("token.create", "api:kho-du-lieu")],
            records.Select(r => (r.Action, r.Target)));
        var (_, _, admin) = await TokenRequests.MeAsync(client);
        Assert.All(records, r => Assert.Equal((admin!.Value.Text("name"), "127.0.0.1"), (r.Actor, r.RemoteAddress)));
        foreach (var secret in new[] { api[TokenSecret.ApiPrefix.Length..], kiosk[TokenSecret.KioskPrefix.Length..] })
        {
            Assert.All(records, r => Assert.DoesNotContain(secret[..12], $"{r.Target} {r.Before} {r.After}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_bad_name_or_a_name_in_use_is_refused_with_the_reason_and_makes_nothing_more()
    {
        using var client = await _host.ClientAsync(followRedirects: false);
        var antiforgery = AdminHost.AntiforgeryToken(await AdminHost.PageAsync(client, "/admin/tokens"));
        await PostAsync(client, "CreateApi", antiforgery, ("name", "bao-cao"), ("role", "Leader"));

        using var bad = await PostResponseAsync(client, "CreateApi", antiforgery, ("name", "báo cáo"), ("role", "Leader"));
        using var taken = await PostResponseAsync(client, "CreateApi", antiforgery, ("name", "BAO-CAO"), ("role", "Analyst"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Tên mã chỉ gồm chữ cái không dấu", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("Đã có một mã đang dùng mang tên này", WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Single(await _host.Store().ListAsync(TokenKind.Api, CancellationToken.None));
    }

    /// <summary>POSTs a form to a handler of the page, requires 200, and returns the HTML decoded and the Cache-Control header.</summary>
    private static async Task<(string Html, string CacheControl)> PostAsync(HttpClient client, string handler, string antiforgery, params (string, string)[] fields)
    {
        using var response = await PostResponseAsync(client, handler, antiforgery, fields);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {handler} → {(int)response.StatusCode}: {html}");
        return (html, response.Headers.CacheControl?.ToString() ?? "");
    }

    private static async Task<HttpResponseMessage> PostResponseAsync(HttpClient client, string handler, string antiforgery, params (string Name, string Value)[] fields)
    {
        using var form = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", antiforgery)));
        return await client.PostAsync(new Uri($"/admin/tokens?handler={handler}", UriKind.Relative), form);
    }

    [GeneratedRegex("<code id=\"new-token\">([^<]+)</code>")]
    private static partial Regex NewToken();
}
