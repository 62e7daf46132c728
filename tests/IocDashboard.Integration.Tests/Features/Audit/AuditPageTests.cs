using System.Net;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Audit;

/// <summary>/admin/audit: a source paused and resumed on the job console shows there, by who and when, and filters work.</summary>
public sealed class AuditPageTests
{
    private const string Never = "0 0 1 1 *";

    [Fact]
    public async Task A_pause_and_a_resume_on_the_console_are_listed_newest_first_with_their_before_and_after()
    {
        await using var host = await AdminHost.StartAsync("ioc_audit_page", schedulerCron: Never);
        using var client = await host.ClientAsync();
        foreach (var handler in new[] { "Pause", "Resume" })
        {
            var token = AdminHost.AntiforgeryToken(await AdminHost.PageAsync(client, "/admin/jobs"));
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = AdminHost.SourceId, ["__RequestVerificationToken"] = token });
            using var response = await client.PostAsync(new Uri($"/admin/jobs?handler={handler}", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var page = await AdminHost.PageAsync(client, "/admin/audit");
        var resumed = page.IndexOf("data-action=\"source.resume\"", StringComparison.Ordinal);
        var paused = page.IndexOf("data-action=\"source.pause\"", StringComparison.Ordinal);
        Assert.True(resumed >= 0 && paused > resumed, "the resume is listed above the pause");
        Assert.Contains("Tạm dừng đồng bộ nguồn", page, StringComparison.Ordinal);
        Assert.Contains("{\"paused\": true}", page, StringComparison.Ordinal);
        var (_, _, me) = await Tokens.TokenRequests.MeAsync(client);
        Assert.Contains(me!.Value.Text("name"), page, StringComparison.Ordinal); // the actor: the signed-in operator

        var filtered = await AdminHost.PageAsync(client, "/admin/audit?action=source.pause");
        Assert.DoesNotContain("data-action=\"source.resume\"", filtered, StringComparison.Ordinal);
        Assert.Contains("data-action=\"source.pause\"", filtered, StringComparison.Ordinal);
        Assert.Contains("id=\"empty\"", await AdminHost.PageAsync(client, "/admin/audit?from=2099-01-01"), StringComparison.Ordinal);

        using var bad = await client.GetAsync(new Uri("/admin/audit?from=hôm-qua", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("không phải ngày", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
