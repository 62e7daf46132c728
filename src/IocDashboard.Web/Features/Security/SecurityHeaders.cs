using System.Buffers.Text;
using System.Security.Cryptography;

namespace IocDashboard.Web.Features.Security;

/// <summary>
/// The headers every response carries. The Content-Security-Policy allows scripts from the app's own origin only (no
/// inline script in the app's pages: the pages, the wall and Hangfire's dashboard load theirs from files); inline styles
/// stay allowed because ECharts and Hangfire's dashboard write style attributes. No page may be framed. The one
/// exception to "no inline script" is decided here: an endpoint whose third-party page starts with an inline script
/// (Scalar's reference page) asks <see cref="AllowInlineScript"/> for a nonce, and that response alone admits it.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ScriptNonceItem = "IocDashboard.Security.ScriptNonce";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (context.Items[ScriptNonceItem] is string nonce)
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal);
                // A nonce is good for one response: a cached copy would replay it.
                headers.CacheControl = "no-store";
            }
            else
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>
    /// A fresh random nonce that this response's Content-Security-Policy admits for inline scripts; the caller writes it
    /// on its <c>&lt;script nonce="…"&gt;</c> tags. Base64url: nothing in it that HTML encoding would change. For pages the app does not write itself; its own pages load scripts from files.
    /// </summary>
    public static string AllowInlineScript(HttpContext context)
    {
        var nonce = context.Items[ScriptNonceItem] as string ?? Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
        context.Items[ScriptNonceItem] = nonce;
        return nonce;
    }
}
