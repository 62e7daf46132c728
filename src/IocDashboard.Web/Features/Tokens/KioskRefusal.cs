using System.Text.Encodings.Web;
using System.Text.Unicode;
using IocDashboard.Web.Features.Wall;

namespace IocDashboard.Web.Features.Tokens;

/// <summary>
/// How a wall screen hears it is refused (always 403: a screen cannot sign in, so a dead token is not asked to): a
/// short Vietnamese page on the wall's own address, the reason's code in plain text on the hub (the wall's script,
/// wwwroot/wall/js/hub.js, recognises <see cref="TokenRevoked"/> and <see cref="OtherScreen"/>), problem details
/// on the API.
/// </summary>
public static class KioskRefusal
{
    /// <summary>The kiosk token is malformed, unknown or revoked.</summary>
    public const string TokenRevoked = "kiosk-token-revoked";

    /// <summary>The kiosk token is another screen's, or asks for something outside the wall.</summary>
    public const string OtherScreen = "kiosk-other-screen";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static Task WriteAsync(HttpContext context, string code)
    {
        var reason = code == TokenRevoked
            ? "Mã màn hình trong đường dẫn không hợp lệ hoặc đã bị thu hồi."
            : OnTheWall(context.Request)
                ? $"Mã này dành cho màn hình “{TokenClaims.Screen(context.User)}”, không phải màn hình “{WallOptions.ScreenOf(context.Request.Query)}”."
                : $"Mã màn hình “{TokenClaims.Screen(context.User)}” chỉ mở được màn hình tường của nó.";
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase))
        {
            return context.Response.WriteAsync($"{code}: {reason}");
        }

        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(detail: code, title: reason, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
        }

        return Page(reason).ExecuteAsync(context);
    }

    private static bool OnTheWall(HttpRequest request) =>
        request.Path.StartsWithSegments(WallEndpoints.PagePath, StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments(WallEndpoints.HubPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The page a wall screen shows when it cannot open (also for a kiosk link that does not fit).</summary>
    public static IResult Page(string reason) => Results.Content($$"""
        <!doctype html>
        <html lang="vi">
        <head><meta charset="utf-8"><title>Không mở được màn hình tường</title></head>
        <body style="font-family: system-ui, sans-serif; margin: 3rem; background: #0b1220; color: #e6ebf2">
        <h1>Không mở được màn hình tường</h1>
        <p id="reason">{{Html.Encode(reason)}}</p>
        <p>Hãy xin quản trị viên một đường dẫn mới (trang Mã truy cập).</p>
        </body>
        </html>
        """, "text/html; charset=utf-8", null, StatusCodes.Status403Forbidden);
}
