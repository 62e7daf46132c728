using System.Net;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Web.Features.Audit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>A source's API key set on the job console: stored encrypted, used by the connectors, audited without the key.</summary>
public sealed class SourceApiKeyTests
{
    private const string Never = "0 0 1 1 *";
    private const string Key = "khoa-bi-mat-cua-nguon-0123456789";

    [Fact]
    public async Task The_key_is_stored_only_encrypted_the_connectors_get_it_and_the_audit_log_does_not_hold_it()
    {
        await using var host = await AdminHost.StartAsync("ioc_source_key", schedulerCron: Never);
        using var client = await host.ClientAsync();
        Assert.Null(await host.Factory.Services.GetRequiredService<ISourceApiKeys>().FindAsync(AdminHost.SourceId, CancellationToken.None));

        var page = await PostAsync(client, Key);
        Assert.Contains("Đã lưu khoá API mới", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, page, StringComparison.Ordinal);

        Assert.Equal(Key, await host.Factory.Services.GetRequiredService<ISourceApiKeys>().FindAsync(AdminHost.SourceId, CancellationToken.None));
        await using (var connection = new NpgsqlConnection(host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("select protected_key from ingest.source_api_keys where source_id = @id", connection);
            command.Parameters.AddWithValue("id", AdminHost.SourceId);
            var stored = (string)(await command.ExecuteScalarAsync())!;
            Assert.DoesNotContain(Key, stored, StringComparison.Ordinal);
        }

        var records = await host.Factory.Services.GetRequiredService<AuditTrail>().ListAsync(new AuditFilter(Action: "source.api-key"), CancellationToken.None);
        var record = Assert.Single(records);
        Assert.Equal(AdminHost.SourceId, record.Target);
        Assert.DoesNotContain(Key, record.After ?? "", StringComparison.Ordinal);
        Assert.Contains("\"keySet\": true", record.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ngan")]
    [InlineData("co khoang trang o giua")]
    public async Task A_key_too_short_or_with_spaces_is_refused_and_nothing_is_stored(string key)
    {
        await using var host = await AdminHost.StartAsync("ioc_source_key_bad", schedulerCron: Never);
        using var client = await host.ClientAsync();
        Assert.Contains("chưa đổi gì", await PostAsync(client, key), StringComparison.Ordinal);
        Assert.Null(await host.Factory.Services.GetRequiredService<ISourceApiKeys>().FindAsync(AdminHost.SourceId, CancellationToken.None));
    }

    private static async Task<string> PostAsync(HttpClient client, string key)
    {
        var token = AdminHost.AntiforgeryToken(await AdminHost.PageAsync(client, "/admin/jobs"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = AdminHost.SourceId, ["apiKey"] = key, ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/admin/jobs?handler=ApiKey", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
