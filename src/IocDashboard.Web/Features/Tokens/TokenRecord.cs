namespace IocDashboard.Web.Features.Tokens;

/// <summary>
/// A token as stored, without its secret: an API token has a <see cref="Role"/>, a kiosk token a <see cref="Screen"/>.
/// <see cref="Prefix"/> is the start of the token, for telling tokens apart.
/// </summary>
public sealed record TokenRecord(
    TokenKind Kind,
    long Id,
    string Name,
    string? Role,
    string? Screen,
    string Prefix,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    DateTimeOffset? LastUsedAt)
{
    public bool Revoked => RevokedAt is not null;

    /// <summary>The name its principal carries: "api:NAME" or "kiosk:SCREEN:NAME" (also the audit log's target).</summary>
    public string PrincipalName => Kind == TokenKind.Api ? $"api:{Name}" : $"kiosk:{Screen}:{Name}";
}

/// <summary>A token just made: its row and its plaintext, which exists only here and is shown once.</summary>
public sealed record CreatedToken(TokenRecord Token, string Plaintext);

/// <summary>
/// The roles an API token may carry: the account roles (<see cref="Accounts.Roles"/>, the names auth.api_tokens' check
/// constraint lists), with their labels.
/// </summary>
public static class ApiTokenRoles
{
    public static IReadOnlyList<(string Name, string Label)> All { get; } = Accounts.Roles.All.Select(r => (r.Name, r.Label)).ToList();

    /// <summary>The role's own spelling for a name in any case ("analyst" → "Analyst"); null for no role.</summary>
    public static string? Find(string? name) =>
        All.Select(r => r.Name).FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Label(string? name) => Accounts.Roles.Label(name);
}
