using System.Globalization;
using Hangfire;
using Hangfire.Dashboard;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Home;
using IocDashboard.Web.Features.Tokens;
using Microsoft.AspNetCore.Localization;

namespace IocDashboard.Web.Features.Admin.Jobs;

/// <summary>
/// Hangfire's own dashboard at /admin/hangfire: the runs' history, retries, failures with their exceptions, the
/// servers. For Admins only; its POST actions carry the antiforgery token in a header (hangfire.js sends what Hangfire
/// puts in the page; Features/Security/AntiforgeryOnEveryChange checks it, and Hangfire again); in Vietnamese through the project's own
/// translation of its strings (a vi satellite assembly of Hangfire.Core) and the vi-VN request culture, with Vietnamese
/// details of the state history (<see cref="StateHistoryRenderers"/>) and scripts for what the browser shows
/// (<see cref="DashboardScripts"/>: relative times through moment's vi locale, state names, hangfire.js's own texts).
/// </summary>
public static class HangfireDashboard
{
    public const string Path = "/admin/hangfire";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static WebApplication MapHangfireConsole(this WebApplication app)
    {
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Vietnamese),
            SupportedCultures = [Vietnamese],
            SupportedUICultures = [Vietnamese],
        });

        StateHistoryRenderers.Register();
        DashboardScripts.Register();
        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            // The endpoint's policy decides who may see it; Hangfire's default filter (local requests only) would
            // decide the same thing a second time, differently.
            Authorization = [],
            DashboardTitle = "IOC Tây Ninh · Tác vụ nền",
            AppPath = "/admin/jobs",
            DisplayStorageConnectionString = false,
            // An Admin's API token may look, not act: no buttons for it (its POSTs are refused anyway).
            IsReadOnlyFunc = context => TokenClaims.IsReadOnly(context.GetHttpContext().User),
        })
            .RequireAuthorization(AccessPolicies.Admin)
            .WithMetadata(new HomeLinkAttribute(HomeLinkAttribute.Operations, "Tác vụ nền (Hangfire): lịch sử chạy, thử lại, lỗi") { Href = Path, Order = 20 });
        return app;
    }
}
