using System.ComponentModel.DataAnnotations;

namespace IocDashboard.Web.Features.Tokens;

/// <summary>The "Tokens" configuration section.</summary>
public sealed class TokenOptions
{
    public const string Section = "Tokens";

    /// <summary>
    /// How often each node asks the database whether a kiosk token with a live wall connection there was revoked
    /// (maybe on another node). A revocation closes the walls within this; at most 10 s, which the README promises.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:00:10")]
    public TimeSpan RevocationCheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
