using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace IocDashboard.Web.Features.Tokens;

/// <summary>The two kinds of token: for other systems (<c>ioc_api_…</c>) and for wall screens (<c>ioc_kiosk_…</c>).</summary>
public enum TokenKind
{
    Api,
    Kiosk,
}

/// <summary>
/// What a token looks like: its kind's prefix and 32 random bytes in base64url (43 characters). Only its SHA-256 is
/// stored: 256 random bits cannot be guessed, so a plain hash is enough and a lookup by hash is one index probe.
/// </summary>
public static class TokenSecret
{
    public const string ApiPrefix = "ioc_api_";
    public const string KioskPrefix = "ioc_kiosk_";

    private const int SecretBytes = 32;
    private const int SecretLength = 43; // base64url of 32 bytes, without padding

    /// <summary>How many characters of the secret the display prefix keeps: tells tokens apart, gives nothing away.</summary>
    private const int ShownCharacters = 6;

    public static string Prefix(TokenKind kind) => kind == TokenKind.Api ? ApiPrefix : KioskPrefix;

    /// <summary>A new token of the kind, from the system's cryptographic random number generator.</summary>
    public static string New(TokenKind kind) => Prefix(kind) + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>The start of a token that the admin page shows ("ioc_api_Xk3v9Q…").</summary>
    public static string DisplayPrefix(TokenKind kind, string token) => token[..Math.Min(token.Length, Prefix(kind).Length + ShownCharacters)];

    /// <summary>Whether the text has the form of a token of the kind: its prefix, then 32 bytes in base64url.</summary>
    public static bool IsWellFormed(TokenKind kind, string? text)
    {
        var prefix = Prefix(kind);
        if (text is null || text.Length != prefix.Length + SecretLength || !text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[SecretBytes + 2];
        return Base64Url.TryDecodeFromChars(text.AsSpan(prefix.Length), bytes, out var written) && written == SecretBytes;
    }

    /// <summary>The SHA-256 of the token's UTF-8 text, as stored in token_hash.</summary>
    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
