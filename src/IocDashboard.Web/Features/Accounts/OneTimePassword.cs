using System.Security.Cryptography;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// The passwords handed out to a new or reset account, to be replaced at the first sign-in. Drawn from the operating
/// system's CSPRNG; no letters or digits that read alike (0/O, 1/l/I), since a person types it from a screen.
/// </summary>
public static class OneTimePassword
{
    public const int Length = 20;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>20 characters of 56: about 116 bits.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);
}
