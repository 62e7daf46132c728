using Hangfire;

namespace IocDashboard.Web.Features.Admin.Jobs;

/// <summary>
/// Scripts appended to the Hangfire dashboard's script bundle (/admin/hangfire/js…), after hangfire.js and before the
/// page runs it. The dashboard shows times through moment.js in the page's language (&lt;html lang="vi"&gt;, from the
/// request culture), but the moment it bundles has no vi locale: ours comes from the npm package moment, at the version
/// Hangfire.Core 1.8.25 bundles, embedded from node_modules at build time (IocDashboard.Web.csproj). Then our own
/// translations of what the dashboard writes in English outside its strings (hangfire-vietnamese.js).
/// </summary>
internal static class DashboardScripts
{
    public const string MomentVietnamese = "IocDashboard.Web.HangfireDashboard.moment-locale-vi.js";
    public const string Translations = "IocDashboard.Web.HangfireDashboard.hangfire-vietnamese.js";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>
    /// Adds the scripts once per process: Hangfire keeps the bundle's list in a static, and every host built in one
    /// process (the integration tests build many) would append them again.
    /// </summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            var assembly = typeof(DashboardScripts).Assembly;
            GlobalConfiguration.Configuration
                .UseDashboardJavaScript(assembly, MomentVietnamese)
                .UseDashboardJavaScript(assembly, Translations);
            _registered = true;
        }
    }
}
