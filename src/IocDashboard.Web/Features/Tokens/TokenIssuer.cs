using System.Globalization;
using System.Text.RegularExpressions;
using IocDashboard.Domain.Periods;
using IocDashboard.Web.Features.Audit;
using IocDashboard.Web.Features.Wall;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Tokens;

/// <summary>Why a token was not made.</summary>
public enum TokenRefusal
{
    None,
    BadName,
    UnknownRole,
    UnknownScreen,
    NameTaken,
}

/// <summary>A token made (<see cref="Created"/>), or why not.</summary>
public sealed record TokenIssue(CreatedToken? Created, TokenRefusal Refusal)
{
    public static TokenIssue Refused(TokenRefusal refusal) => new(null, refusal);
}

/// <summary>
/// Makes and revokes tokens for the admin page and the commands: checks the name, the role or the screen (a key of
/// Wall:Screens), writes through <see cref="TokenStore"/>, keeps each change in the audit log (the token's name and
/// prefix, never the token), and closes a revoked kiosk token's walls on this node at once.
/// </summary>
public sealed partial class TokenIssuer(TokenStore store, AuditTrail audit, KioskSessions sessions, IOptions<WallOptions> wall, TimeProvider clock)
{
    /// <summary>The screens tokens can be made for: Wall:Screens' keys as configured.</summary>
    public IReadOnlyList<string> Screens => [.. wall.Value.Screens.Keys.Order(StringComparer.Ordinal)];

    public async Task<TokenIssue> CreateApiTokenAsync(string? name, string? role, string actor, string? remoteAddress, CancellationToken ct)
    {
        if (!IsName(name))
        {
            return TokenIssue.Refused(TokenRefusal.BadName);
        }

        if (ApiTokenRoles.Find(role) is not { } knownRole)
        {
            return TokenIssue.Refused(TokenRefusal.UnknownRole);
        }

        var created = await store.CreateApiTokenAsync(name!.Trim(), knownRole, actor, ct);
        return await RecordedAsync(created, actor, remoteAddress, ct);
    }

    /// <param name="name">The screen's name for this token (a wall may have several displays); by default the screen and the time.</param>
    public async Task<TokenIssue> CreateKioskTokenAsync(string? screen, string? name, string actor, string? remoteAddress, CancellationToken ct)
    {
        // The configured spelling, so the token's screen compares equal to what the wall's configuration says.
        if (wall.Value.Screens.Keys.FirstOrDefault(s => string.Equals(s, screen?.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } knownScreen)
        {
            return TokenIssue.Refused(TokenRefusal.UnknownScreen);
        }

        name = string.IsNullOrWhiteSpace(name) ? DefaultName(knownScreen) : name.Trim();
        if (!IsName(name))
        {
            return TokenIssue.Refused(TokenRefusal.BadName);
        }

        var created = await store.CreateKioskTokenAsync(knownScreen, name, actor, ct);
        return await RecordedAsync(created, actor, remoteAddress, ct);
    }

    /// <summary>Revokes a live token; a kiosk token's walls on this node are closed now, on other nodes within the check interval.</summary>
    public async Task<TokenRecord?> RevokeAsync(TokenKind kind, long id, string actor, string? remoteAddress, CancellationToken ct)
    {
        if (await store.RevokeAsync(kind, id, actor, ct) is not { } revoked)
        {
            return null;
        }

        if (kind == TokenKind.Kiosk)
        {
            sessions.Abort(id);
        }

        await audit.RecordAsync(actor, "token.revoke", revoked.PrincipalName, new { revoked = false }, new { revoked = true, revoked.Id, kind = Kind(kind), revoked.Prefix }, remoteAddress, ct);
        return revoked;
    }

    /// <summary>A token name: letters, digits, '.', '_' and '-', up to 64 (auth.*_tokens check the same).</summary>
    public static bool IsName(string? name) => name is not null && NamePattern().IsMatch(name.Trim());

    private async Task<TokenIssue> RecordedAsync(CreatedToken? created, string actor, string? remoteAddress, CancellationToken ct)
    {
        if (created is null)
        {
            return TokenIssue.Refused(TokenRefusal.NameTaken);
        }

        var token = created.Token;
        await audit.RecordAsync(actor, "token.create", token.PrincipalName, null,
            new { token.Id, kind = Kind(token.Kind), token.Name, token.Role, token.Screen, token.Prefix }, remoteAddress, ct);
        return new TokenIssue(created, TokenRefusal.None);
    }

    private string DefaultName(string screen) =>
        $"{screen}-{clock.GetUtcNow().ToOffset(ReportingPeriod.VietnamOffset).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";

    private static string Kind(TokenKind kind) => kind == TokenKind.Api ? "api" : "kiosk";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();
}
