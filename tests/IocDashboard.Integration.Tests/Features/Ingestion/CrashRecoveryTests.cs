using IocDashboard.Integration.Tests.Infrastructure;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Ingestion;

/// <summary>
/// SIGKILL the app in the middle of a sync and start it again: the sync resumes from the last committed page
/// and the warehouse ends holding exactly what an uninterrupted sync loads — no duplicates, nothing lost.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task Killing_the_app_mid_sync_and_restarting_converges_without_duplicates_or_loss()
    {
        await using var simulator = await IngestionRig.StartSimulatorAsync("2024-03-01", "2024-05-31");

        await using var clean = await IngestionRig.EmptyWarehouseAsync("ioc_uninterrupted");
        await using (var factory = new DashboardFactory(clean.ConnectionString, IngestionRig.ConnectorSettings(simulator.BaseAddress)))
        {
            await IngestionRig.SyncAllAsync(factory, attempts: 1);
        }

        var expected = await IngestionRig.DigestAsync(clean.ConnectionString);
        var expectedDossiers = long.Parse(expected["dossiers"].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);

        // Slow every page down so that the kill lands mid-sync.
        foreach (var source in new[] { "motcua-ttpvhcc", "motcua-703", "motcua-705", "motcua-706", "motcua-707", "motcua-708", "motcua-709", "motcua-710", "motcua-711", "motcua-712" })
        {
            await IngestionRig.PutFaultsAsync(simulator, source, new { latencyMs = 150 });
        }

        await using var crashed = await IngestionRig.EmptyWarehouseAsync("ioc_crashed");
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Warehouse"] = crashed.ConnectionString,
            ["Ingestion__DefaultBaseUrl"] = simulator.BaseAddress.ToString(),
            ["Ingestion__ApiKey"] = IngestionRig.ApiKey,
        };

        await using (var first = await ProcessHost.StartAsync("IocDashboard.Web", environment))
        {
            await WaitUntilAsync(crashed.ConnectionString, "select count(*) >= @n from core.dossiers", expectedDossiers / 4, TimeSpan.FromSeconds(90), first);
            first.Kill();
        }

        var afterKill = await ScalarAsync<long>(crashed.ConnectionString, "select count(*) from core.dossiers", 0);
        Assert.InRange(afterKill, 1, expectedDossiers - 1);

        await using (var second = await ProcessHost.StartAsync("IocDashboard.Web", environment))
        {
            // Every source has succeeded since the restart (the catch-up run at start resumes each source from its watermark).
            await WaitUntilAsync(crashed.ConnectionString, """
                select count(*) filter (where last_success_at > now() - interval '10 minutes' and last_success_at >= last_attempt_at - interval '1 minute') = 14
                       and (select count(*) from core.dossiers) = @n
                from ingest.source_state
                """, expectedDossiers, TimeSpan.FromSeconds(180), second);
        }

        Assert.Equal(expected, await IngestionRig.DigestAsync(crashed.ConnectionString));
    }

    private static async Task WaitUntilAsync(string connectionString, string sql, long n, TimeSpan timeout, ProcessHost app)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await ScalarAsync<bool>(connectionString, sql, n))
        {
            if (DateTime.UtcNow > deadline || app.HasExited)
            {
                throw new TimeoutException($"condition not met within {timeout}: {sql}\n{app.Output[^Math.Min(app.Output.Length, 4000)..]}");
            }

            await Task.Delay(250);
        }
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql, long n)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("n", n);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
