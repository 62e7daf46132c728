using IocDashboard.Ingestion.Sources;
using IocDashboard.Integration.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Ingestion;

/// <summary>
/// Real HTTP to the source simulator. With a fifth of the requests failing (500/503, timeouts, truncated and
/// malformed bodies) and duplicates, out-of-order pages, bogus records and extra fields switched on, a full
/// sync converges to exactly what a clean sync loads, and the injected bogus records, only they, are in
/// quarantine with their reasons.
/// </summary>
public sealed class FaultConvergenceTests
{
    private static readonly Dictionary<string, string> ReasonOf = new()
    {
        ["unknownUnit"] = "unknown ",
        ["impossibleDates"] = "impossible dates",
        ["missingFields"] = "missing required field",
    };

    [Fact]
    public async Task A_faulty_sync_converges_to_the_clean_totals_and_quarantines_only_the_injected_records()
    {
        await using var simulator = await IngestionRig.StartSimulatorAsync("2024-09-01", "2024-09-20");
        var settings = IngestionRig.ConnectorSettings(simulator.BaseAddress);

        await using var clean = await IngestionRig.EmptyWarehouseAsync("ioc_clean");
        await using (var factory = new DashboardFactory(clean.ConnectionString, settings))
        {
            await IngestionRig.SyncAllAsync(factory, attempts: 1);
        }

        // The tasks the tracker delivered are stamped as a connector's rows, not as the seed files' synthetic ones.
        await using (var connection = new NpgsqlConnection(clean.ConnectionString))
        {
            await connection.OpenAsync();
            await using var origins = new NpgsqlCommand("select string_agg(distinct source, ',') from core.reform_tasks", connection);
            Assert.Equal("connector", await origins.ExecuteScalarAsync());
        }

        await using var faulty = await IngestionRig.EmptyWarehouseAsync("ioc_faulty");
        await using var faultyFactory = new DashboardFactory(faulty.ConnectionString, settings);
        var sources = faultyFactory.Services.GetRequiredService<IOptions<IngestionOptions>>().Value.Sources.Select(s => s.Id).ToList();
        foreach (var (source, seed) in sources.Select((s, i) => (s, i + 1)))
        {
            await IngestionRig.PutFaultsAsync(simulator, source, new
            {
                errorRate = 0.10, timeoutRate = 0.03, truncatedRate = 0.04, malformedRate = 0.03,
                duplicateRate = 0.05, outOfOrder = true,
                unknownUnitRate = 0.004, impossibleDatesRate = 0.004, missingFieldsRate = 0.004, extraFieldsRate = 0.05,
                seed,
            });
        }

        await IngestionRig.SyncAllAsync(faultyFactory);

        // The same facts, and rollups that moved by exactly what changed.
        var expected = await IngestionRig.DigestAsync(clean.ConnectionString);
        Assert.True(int.Parse(expected["dossiers"].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture) > 10_000, expected["dossiers"]);
        Assert.Equal(expected, await IngestionRig.DigestAsync(faulty.ConnectionString));

        // The rollups the merges moved by deltas are what recomputing them from the dossiers gives.
        await using (var connection = new NpgsqlConnection(faulty.ConnectionString))
        {
            await connection.OpenAsync();
            await using var refresh = new NpgsqlCommand("select core.refresh_dossier_rollups('2024-08-01', '2024-10-31')", connection);
            await refresh.ExecuteNonQueryAsync();
        }

        Assert.Equal(expected, await IngestionRig.DigestAsync(faulty.ConnectionString));

        // Quarantine holds exactly the bogus records the simulator injected, each with a reason of its kind.
        var injected = new Dictionary<(string Source, string Id), string>();
        foreach (var source in sources)
        {
            foreach (var fault in await IngestionRig.GetAdminAsync<List<InjectedFault>>(simulator, $"/admin/faults/{source}/injected"))
            {
                injected[(source, fault.Id)] = fault.Fault;
            }
        }

        var quarantined = await QuarantineAsync(faulty.ConnectionString);
        Assert.NotEmpty(injected);
        Assert.Equal(injected.Keys.OrderBy(k => k), quarantined.Keys.OrderBy(k => k));
        Assert.All(quarantined, q => Assert.Contains(ReasonOf[injected[q.Key]], q.Value, StringComparison.Ordinal));
        Assert.Empty(await QuarantineAsync(clean.ConnectionString));
    }

    private static async Task<Dictionary<(string Source, string Id), string>> QuarantineAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select source_id, external_id, reason from ingest.quarantine", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<(string, string), string>();
        while (await reader.ReadAsync())
        {
            rows[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
        }

        return rows;
    }

    private sealed record InjectedFault(string Id, string Fault);
}
