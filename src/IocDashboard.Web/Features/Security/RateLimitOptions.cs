using System.ComponentModel.DataAnnotations;

namespace IocDashboard.Web.Features.Security;

/// <summary>The "RateLimits" section: how many requests a caller may make in a minute before it gets 429.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts (POST /account/login) per remote address and minute: slows password guessing.</summary>
    [Range(1, 10_000)]
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>
    /// Calls to /api per caller (the signed-in user or token, else the remote address) and minute. The meeting page makes
    /// about eight calls a view; a script that loops gets 429 with Retry-After rather than slowing the walls.
    /// </summary>
    [Range(1, 1_000_000)]
    public int ApiPerMinute { get; set; } = 1200;
}
