using System.Net;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>The whole admin area is behind the IngestionOperator policy: loopback callers only, until accounts arrive.</summary>
public sealed class AdminAuthorizationTests
{
    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.0.0.5")]
    [InlineData("2001:db8::1")]
    public async Task A_caller_from_elsewhere_gets_403_on_every_admin_page_and_action(string address)
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_deny", IPAddress.Parse(address));
        using var client = host.Client(followRedirects: false);

        foreach (var url in new[] { "/admin", "/admin/jobs", "/admin/hangfire", "/admin/hangfire/recurring", "/admin/hangfire/jobs/failed", "/admin/quarantine", "/admin/quarantine/1", "/admin/uploads", "/admin/tokens" })
        {
            using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(get.StatusCode == HttpStatusCode.Forbidden, $"GET {url} → {(int)get.StatusCode}");
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = "x" });
        using var post = await client.PostAsync(new Uri("/admin/jobs?handler=Run", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        using var revoke = await client.PostAsync(new Uri("/admin/tokens?handler=Revoke", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Forbidden, revoke.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task A_caller_on_the_server_itself_is_let_in(string address)
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_allow", IPAddress.Parse(address));
        using var client = host.Client();

        var html = await AdminHost.PageAsync(client, "/admin/jobs");

        Assert.Contains("Tác vụ đồng bộ dữ liệu", html, StringComparison.Ordinal);
        Assert.Contains("Máy chủ này không chạy tác vụ", html, StringComparison.Ordinal);
    }
}
