using Microsoft.AspNetCore.Authorization;

namespace IocDashboard.Web.Features.ApiDocs;

/// <summary>
/// Who may call an endpoint, read from the same metadata the authorization middleware reads: the value of the
/// documents' <c>x-ioc-policy</c> extension and the Vietnamese line of each operation's description.
/// </summary>
public static class EndpointPolicy
{
    /// <summary>The endpoint says <see cref="IAllowAnonymous"/>: no sign-in needed, whatever else it carries.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>The endpoint carries no authorization metadata at all: the middleware lets every caller through.</summary>
    public const string None = "none";

    /// <summary><c>[Authorize]</c> without a policy or roles: the default policy, any signed-in caller.</summary>
    public const string Authenticated = "authenticated";

    /// <summary>A policy object without a name (<c>RequireAuthorization(policy => …)</c>).</summary>
    public const string Unnamed = "unnamed";

    /// <summary>
    /// The policy of an endpoint: <see cref="Anonymous"/>, <see cref="None"/>, or the names of its policies (and
    /// "roles:…" for role lists) joined with " + ", in metadata order, since the middleware requires every one of them
    /// (e.g. an Admin page of the admin area, under the area's policy and its own: "Analyst + Admin").
    /// </summary>
    public static string Of(IEnumerable<object> metadata)
    {
        // The middleware skips authorization altogether when IAllowAnonymous is present, so it wins here too.
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return Anonymous;
        }

        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        var parts = authorize.Select(Part).OfType<string>().ToList();
        // A policy object given inline (RequireAuthorization(policy => …)) has no name to show: say so.
        if (metadata.OfType<AuthorizationPolicy>().Any())
        {
            parts.Add(Unnamed);
        }

        if (parts.Count > 0)
        {
            return string.Join(" + ", parts.Distinct(StringComparer.Ordinal));
        }

        return authorize.Count > 0 ? Authenticated : None;
    }

    /// <summary>Whether a caller must be signed in (or carry a token) for an endpoint of this policy.</summary>
    public static bool RequiresSignIn(string policy) => policy is not (Anonymous or None);

    /// <summary>The line of the operation's description that says who may call it, in Vietnamese.</summary>
    public static string Description(string policy) => policy switch
    {
        Anonymous => "Quyền: không cần đăng nhập",
        None => "Quyền: chưa gắn chính sách nào (ai cũng gọi được)",
        Authenticated => "Quyền: chỉ cần đăng nhập",
        Unnamed => "Quyền: chính sách không tên, xem mã nguồn",
        _ => "Quyền: " + policy,
    };

    private static string? Part(IAuthorizeData data) =>
        !string.IsNullOrWhiteSpace(data.Policy) ? data.Policy
        : !string.IsNullOrWhiteSpace(data.Roles) ? "roles:" + data.Roles.Replace(" ", "", StringComparison.Ordinal)
        : null;
}
