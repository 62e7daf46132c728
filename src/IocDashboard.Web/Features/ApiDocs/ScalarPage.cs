using IocDashboard.Web.Features.Security;
using Scalar.AspNetCore;

namespace IocDashboard.Web.Features.ApiDocs;

/// <summary>
/// Scalar's reference page, kept on this host: its script is the copy embedded in Scalar.AspNetCore and served under
/// /api-docs (no CDN, since the app sends nothing beyond its own origin), and nothing of Scalar's that calls out is on
/// (web fonts, telemetry, the AI agent, MCP, the developer toolbar, the request proxy); the policy's
/// <c>connect-src 'self'</c> would stop them anyway. The page starts Scalar with one inline module script; the
/// Content-Security-Policy admits it by a nonce made for this response alone (<see cref="SecurityHeaders.AllowInlineScript"/>).
/// Chromium still reports one refused <c>eval</c> here: a validation library inside Scalar's bundle (zod) tries
/// <c>Function("")</c> once to see whether it may compile its checks, and uses its slower path when refused, so
/// <c>'unsafe-eval'</c> is not granted for it.
/// </summary>
internal static class ScalarPage
{
    public static void Configure(ScalarOptions options, HttpContext context)
    {
        options.Title = ApiDocs.Title;
        options.OpenApiRoutePattern = "/openapi/{documentName}.json";
        options.AddDocument(ApiDocs.DocumentName, ApiDocs.Title);
        options.DisableDefaultFonts();
        options.DisableTelemetry();
        options.DisableAgent();
        options.DisableMcp();
        // Its toolbar's Share, Generate SDK and Deploy send the document to Scalar's services.
        options.HideDeveloperTools();
        // Test requests go straight to this origin, never through Scalar's request proxy (left unset, the browser
        // client may route requests to other hosts through it).
        options.ProxyUrl = "";
        options.AddPreferredSecuritySchemes(SecuritySchemesTransformer.Cookie);
        options.Nonce = SecurityHeaders.AllowInlineScript(context);
    }
}
