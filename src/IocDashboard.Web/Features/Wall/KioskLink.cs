using IocDashboard.Web.Features.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Primitives;

namespace IocDashboard.Web.Features.Wall;

/// <summary>
/// GET /wall?screen=NAME&amp;token=ioc_kiosk_…, the kiosk link: with a live token of that screen it sets the cookie
/// <see cref="TokenClaims.KioskCookie"/> and redirects to the same address without the token, so the token leaves the
/// address bar (and the browser's history) and the screen never needs it again. A malformed, unknown, revoked or other
/// screen's token gets 403 and a short page saying so.
/// </summary>
internal static class KioskLink
{
    public const string TokenParameter = "token";

    /// <summary>The longest lifetime browsers keep a cookie (Chrome caps Max-Age at 400 days).</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(400);

    public static async Task<IResult> OpenAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        var screen = WallOptions.ScreenOf(context.Request.Query);
        var token = context.Request.Query[TokenParameter].ToString();
        // The scheme reads the query's token before the cookie, so success here is this token's.
        var result = await context.AuthenticateAsync(TokenClaims.KioskScheme);
        if (token.Length == 0 || !result.Succeeded)
        {
            return Refused("Mã màn hình trong đường dẫn không hợp lệ hoặc đã bị thu hồi.");
        }

        if (TokenClaims.Screen(result.Principal) is not { } tokenScreen || !string.Equals(tokenScreen, screen, StringComparison.OrdinalIgnoreCase))
        {
            return Refused($"Mã này dành cho màn hình “{TokenClaims.Screen(result.Principal)}”, không phải màn hình “{screen}”.");
        }

        context.Response.Cookies.Append(TokenClaims.KioskCookie, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            MaxAge = CookieLifetime,
            Secure = context.Request.IsHttps,
            IsEssential = true,
        });
        return TypedResults.Redirect(WithoutToken(context.Request.Query, screen));
    }

    /// <summary>The wall's address with the screen first and every other parameter (kiosk=1, page=…) but the token.</summary>
    private static string WithoutToken(IQueryCollection query, string screen)
    {
        var kept = query.Where(p => p.Key is not (TokenParameter or "screen"))
            .Prepend(new KeyValuePair<string, StringValues>("screen", screen));
        return WallEndpoints.PagePath + QueryString.Create(kept).ToUriComponent();
    }

    private static IResult Refused(string reason) => KioskRefusal.Page(reason);
}
