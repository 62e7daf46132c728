using System.Text;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// How an authenticator app is given the shared key that Identity's authenticator provider keeps (auth.user_tokens):
/// typed by hand in groups of four, or as the otpauth:// address that apps read (RFC 6238 TOTP, 6 digits, 30 s).
/// </summary>
public static class AuthenticatorSetup
{
    public const string Issuer = "IOC Tây Ninh";

    /// <summary>"JBSWY3DPEHPK3PXP" → "jbsw y3dp ehpk 3pxp": lower case reads better, and apps accept either.</summary>
    public static string Grouped(string key)
    {
        var grouped = new StringBuilder(key.Length + key.Length / 4);
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                grouped.Append(' ');
            }

            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return grouped.ToString().ToLowerInvariant();
    }

    public static string Uri(string userName, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The code as typed ("123 456", "123-456") down to its digits.</summary>
    public static string Digits(string? code) => new((code ?? "").Where(char.IsAsciiDigit).ToArray());
}
