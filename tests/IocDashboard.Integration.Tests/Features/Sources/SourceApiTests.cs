using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Sources;

/// <summary>/api/sources: every configured source with its kind as text and its freshness against its SLA.</summary>
public sealed class SourceApiTests
{
    [Fact]
    public async Task Lists_each_source_with_its_kind_and_whether_it_is_stale()
    {
        await using var database = await TestDatabase.CreateAsync("ioc_sources");
        await using var factory = new DashboardFactory(database.ConnectionString);
        await factory.Services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var state = new NpgsqlCommand("""
                insert into ingest.source_state (source_id, kind, last_success_at, rows_loaded) values ('motcua-705', 'dossiers', now(), 42);
                insert into ingest.quarantine (source_id, external_id, reason, raw_payload) values ('motcua-705', 'HS-1', 'impossible dates', '{}');
                """, connection);
            await state.ExecuteNonQueryAsync();
        }

        using var client = factory.CreateClient();
        var sources = (await client.GetOkAsync("/api/sources")).EnumerateArray().ToDictionary(s => s.Text("id"));

        var synced = sources["motcua-705"];
        Assert.Equal(("dossiers", false, 42L, 1L), (synced.Text("kind"), synced.GetProperty("stale").GetBoolean(), synced.Long("rowsLoaded"), synced.Long("quarantined")));
        var never = sources["nhiemvu"];
        Assert.Equal(("tasks", true), (never.Text("kind"), never.GetProperty("stale").GetBoolean()));
        Assert.Equal(["dossiers", "feedback", "indicators", "tasks"], sources.Values.Select(s => s.Text("kind")).Distinct().Order());
    }
}
