using System.Diagnostics;
using System.Globalization;
using IocDashboard.Ingestion;
using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.Sync;
using IocDashboard.Warehouse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IocDashboard.Bench;

/// <summary>
/// An incremental sync of the one-stop-shops as the scheduled job runs it: in a warm process (the app's
/// ingestion services, pools and JIT already used), against a live simulator, of about the target number of
/// changed dossiers. A cold `web sync` process would time its start-up and JIT instead. One timed run is
/// reported as it came, never the best of several.
/// </summary>
internal static class IncrementalSync
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    // A simulator that slows down (a simulated night) must not hold the bench for ever.
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);

    public static async Task<int> RunAsync(string appSettingsPath, string connectionString, int targetChanges)
    {
        await using var provider = BuildServices(appSettingsPath, connectionString);
        var sync = provider.GetRequiredService<SourceSync>();
        var sources = provider.GetRequiredService<IOptions<IngestionOptions>>().Value.Sources
            .Where(s => s.Enabled && s.Kind == SourceKind.Dossiers).ToList();
        var ids = sources.Select(s => s.Id).ToList();

        // Catches up what the simulator changed since the initial sync, and warms the JIT, pools and caches.
        var warmUp = await RunAllAsync(sync, ids);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"incremental-sync: warm-up caught up {warmUp.Counts} from {sources.Count} sources in {warmUp.Elapsed.TotalSeconds:F2} s"));

        // The feeds are counted rather than a rate estimated: the simulator's rate follows its simulated hour (at
        // 3,600× a day passes in 24 s), and a rate measured over 3 s once led to 157 changes instead of 1,000.
        var (dataSource, client) = (provider.GetRequiredService<NpgsqlDataSource>(), provider.GetRequiredService<FeedClient>());
        var waited = Stopwatch.StartNew();
        long pending;
        while ((pending = await PendingChanges.CountAsync(dataSource, client, sources, CancellationToken.None)) < targetChanges
            && waited.Elapsed < MaxWait)
        {
            await Task.Delay(PollInterval);
        }

        var wait = waited.Elapsed;
        var run = await RunAllAsync(sync, ids);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"incremental-sync: {run.Read} changed dossiers ({run.Split}) from {sources.Count} sources in {run.Elapsed.TotalSeconds:F2} s, in the warm process as a scheduled job runs (warm-up caught up {warmUp.Read} in {warmUp.Elapsed.TotalSeconds:F1} s; then {wait.TotalSeconds:F1} s until {pending} changes were pending)"));
        return 0;
    }

    /// <summary>The app's ingestion services without the scheduler: its appsettings.json, then the environment.</summary>
    private static ServiceProvider BuildServices(string appSettingsPath, string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.GetFullPath(appSettingsPath), optional: false)
            .AddEnvironmentVariables()
            // The bench runs the sources itself: no scheduled job may run them meanwhile.
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ingestion:Enabled"] = "false" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddWarehouse(connectionString);
        services.AddIngestion(configuration, connectionString);
        return services.BuildServiceProvider();
    }

    /// <summary>All the sources side by side: the heaviest case (in the app their crons fire 5 s apart).</summary>
    private static async Task<Run> RunAllAsync(SourceSync sync, List<string> sources)
    {
        var watch = Stopwatch.StartNew();
        var results = await Task.WhenAll(sources.Select(id => sync.RunAsync(id, null, CancellationToken.None)));
        return new Run(results, watch.Elapsed);
    }

    /// <summary>One run of all the sources: what they read and wrote, and how long it took.</summary>
    private sealed record Run(SyncResult[] Results, TimeSpan Elapsed)
    {
        public long Read => Results.Sum(r => r.Read);

        public string Counts => string.Create(CultureInfo.InvariantCulture, $"{Read} records ({Split})");

        /// <summary>Inserted and updated; unchanged and quarantined only when there are any.</summary>
        public string Split
        {
            get
            {
                var (unchanged, quarantined) = (Results.Sum(r => r.Unchanged), Results.Sum(r => r.Quarantined));
                return string.Create(CultureInfo.InvariantCulture, $"inserted {Results.Sum(r => r.Inserted)}, updated {Results.Sum(r => r.Updated)}")
                    + (unchanged > 0 ? string.Create(CultureInfo.InvariantCulture, $", unchanged {unchanged}") : "")
                    + (quarantined > 0 ? string.Create(CultureInfo.InvariantCulture, $", quarantined {quarantined}") : "");
            }
        }
    }
}
