using System.Net;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>
/// The admin area by role, from any address (the loopback rule is gone): an Analyst has the uploads and the
/// quarantine, an Admin all of it; a Leader is shown the refusal page, a stranger the sign-in page.
/// </summary>
public sealed class AdminAuthorizationTests
{
    private static readonly string[] AdminOnly =
        ["/admin/jobs", "/admin/hangfire", "/admin/hangfire/recurring", "/admin/hangfire/jobs/failed", "/admin/tokens", "/admin/accounts", "/admin/audit"];

    private static readonly string[] AnalystToo = ["/admin", "/admin/uploads", "/admin/quarantine"];

    [Fact]
    public async Task Each_role_opens_its_part_of_the_admin_area_from_any_address()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_roles", IPAddress.Parse("203.0.113.7"));
        using var stranger = host.AnonymousClient(followRedirects: false);
        using var leader = await host.ClientAsync(followRedirects: false, role: Roles.Leader);
        using var analyst = await host.ClientAsync(followRedirects: false, role: Roles.Analyst);
        using var admin = await host.ClientAsync(followRedirects: false, role: Roles.Admin);

        foreach (var url in AdminOnly.Concat(AnalystToo))
        {
            Assert.Equal((url, "/account/login"), (url, await RefusalAsync(stranger, url)));
            Assert.Equal((url, "/account/denied"), (url, await RefusalAsync(leader, url)));
            Assert.Equal((url, AnalystToo.Contains(url) ? null : "/account/denied"), (url, await RefusalAsync(analyst, url)));
            Assert.Equal((url, (string?)null), (url, await RefusalAsync(admin, url)));
        }
    }

    [Fact]
    public async Task The_admin_area_sends_an_Analyst_to_the_uploads_and_an_Admin_to_the_jobs()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_home");
        using var analyst = await host.ClientAsync(followRedirects: false, role: Roles.Analyst);
        using var admin = await host.ClientAsync(followRedirects: false, role: Roles.Admin);

        using var analystHome = await analyst.GetAsync(new Uri("/admin", UriKind.Relative));
        using var adminHome = await admin.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal("/admin/uploads", analystHome.Headers.Location?.OriginalString);
        Assert.Equal("/admin/jobs", adminHome.Headers.Location?.OriginalString);
        Assert.Contains("Tác vụ đồng bộ dữ liệu", await AdminHost.PageAsync(admin, "/admin/jobs"), StringComparison.Ordinal);
    }

    /// <summary>Where the app sends a refused caller (the sign-in or the refusal page), or null when the page is served.</summary>
    private static async Task<string?> RefusalAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var location = response.Headers.Location?.OriginalString ?? "";
        if (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/account/", StringComparison.Ordinal))
        {
            return location.StartsWith("/account/login", StringComparison.Ordinal) || location.Contains("/account/login?", StringComparison.Ordinal) ? "/account/login"
                : location.Contains("/account/denied", StringComparison.Ordinal) ? "/account/denied" : location;
        }

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"GET {url} → {(int)response.StatusCode} {location}");
        return null;
    }
}
