using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Integration.Tests.Features.Tokens;

/// <summary>What the token tests do alike: make tokens through the app's issuer, and ask /api/me with one.</summary>
internal static class TokenRequests
{
    public const string Actor = "token-tests";

    public static TokenIssuer Issuer(this AdminHost host) => host.Factory.Services.GetRequiredService<TokenIssuer>();

    public static TokenStore Store(this AdminHost host) => host.Factory.Services.GetRequiredService<TokenStore>();

    public static KioskSessions Sessions(this AdminHost host) => host.Factory.Services.GetRequiredService<KioskSessions>();

    public static async Task<CreatedToken> ApiTokenAsync(this AdminHost host, string name, string role = "Analyst") =>
        (await host.Issuer().CreateApiTokenAsync(name, role, Actor, null, CancellationToken.None)).Created
        ?? throw new InvalidOperationException($"API token {name} not made");

    public static async Task<CreatedToken> KioskTokenAsync(this AdminHost host, string screen, string? name = null) =>
        (await host.Issuer().CreateKioskTokenAsync(screen, name, Actor, null, CancellationToken.None)).Created
        ?? throw new InvalidOperationException($"kiosk token for {screen} not made");

    /// <summary>GET /api/me with a Bearer token and/or a Cookie header; the status, the WWW-Authenticate header and the body.</summary>
    public static async Task<(HttpStatusCode Status, string Challenge, JsonElement? Body)> MeAsync(HttpClient client, string? bearer = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/me", UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.Join(", ", response.Headers.WwwAuthenticate.Select(h => h.ToString())),
            response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(body).RootElement.Clone() : null);
    }

    public static IReadOnlyList<string> Roles(this JsonElement me) => [.. me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!)];
}
