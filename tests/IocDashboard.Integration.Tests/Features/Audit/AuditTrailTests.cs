using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Audit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Audit;

/// <summary>The audit log on a migrated database: what is recorded comes back filtered, and nothing recorded can be changed.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private AdminHost _host = null!;

    public async Task InitializeAsync() => _host = await AdminHost.StartAsync("ioc_audit");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Records_come_back_newest_first_and_filtered_by_actor_action_and_time()
    {
        var trail = _host.Factory.Services.GetRequiredService<AuditTrail>();
        await trail.RecordAsync("admin", "token.create", "kiosk main", null, new { screen = "main" }, "127.0.0.1", CancellationToken.None);
        await trail.RecordAsync("analyst", "upload.indicators", "chi-tieu-2026.xlsx", null, new { rows = 16 }, "10.0.0.7", CancellationToken.None);
        await trail.RecordAsync("admin", "token.revoke", "kiosk main", new { revoked = false }, new { revoked = true }, "127.0.0.1", CancellationToken.None);

        var all = await trail.ListAsync(new AuditFilter(), CancellationToken.None);
        Assert.Equal(["token.revoke", "upload.indicators", "token.create"], all.Select(r => r.Action));
        Assert.Contains("\"revoked\": true", all[0].After, StringComparison.Ordinal);
        Assert.Contains("\"revoked\": false", all[0].Before, StringComparison.Ordinal);

        Assert.Equal(["token.revoke", "token.create"], (await trail.ListAsync(new AuditFilter(Action: "token"), CancellationToken.None)).Select(r => r.Action));
        Assert.Equal(["upload.indicators"], (await trail.ListAsync(new AuditFilter(Actor: "analyst"), CancellationToken.None)).Select(r => r.Action));
        Assert.Empty(await trail.ListAsync(new AuditFilter(Action: "tok"), CancellationToken.None));
        Assert.Empty(await trail.ListAsync(new AuditFilter(From: all[0].At.AddSeconds(1)), CancellationToken.None));
        Assert.Equal(["token.create", "token.revoke", "upload.indicators"], await trail.ActionsAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("update auth.audit_log set actor = 'someone else'")]
    [InlineData("delete from auth.audit_log")]
    [InlineData("truncate auth.audit_log")]
    public async Task The_database_refuses_to_change_or_remove_a_record(string sql)
    {
        var trail = _host.Factory.Services.GetRequiredService<AuditTrail>();
        await trail.RecordAsync("admin", "source.pause", "motcua-xa", new { paused = false }, new { paused = true }, null, CancellationToken.None);

        await using var connection = new NpgsqlConnection(_host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.Single(await trail.ListAsync(new AuditFilter(Actor: "admin"), CancellationToken.None));
    }
}
