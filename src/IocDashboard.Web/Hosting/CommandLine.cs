using IocDashboard.SeedData;
using IocDashboard.Warehouse.Loading;
using IocDashboard.Warehouse.Schema;

namespace IocDashboard.Web.Hosting;

/// <summary>
/// The host's one-shot verbs: `migrate` applies the schema migrations; `seed [--if-empty]` loads seed-data/.
/// They are explicit steps (run.sh calls them) so that replicas never migrate on start-up by accident.
/// </summary>
internal static class CommandLine
{
    /// <summary>Runs a verb when one is given; returns its exit code, or null to go on and serve.</summary>
    public static async Task<int?> RunVerbAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("IocDashboard.CommandLine");
        var ct = app.Lifetime.ApplicationStopping;
        switch (args[0])
        {
            case "migrate":
                var applied = await app.Services.GetRequiredService<MigrationRunner>().ApplyAsync(ct);
                logger.LogInformation("Schema up to date at version {Version} ({Applied} applied now)", MigrationRunner.LatestVersion, applied);
                return 0;
            case "seed":
                var loader = app.Services.GetRequiredService<SeedLoader>();
                if (!await loader.IsEmptyAsync(ct))
                {
                    if (args.Contains("--if-empty"))
                    {
                        logger.LogInformation("The warehouse already holds data; seed skipped");
                        return 0;
                    }

                    logger.LogError("The warehouse already holds data; seed refuses to load twice");
                    return 1;
                }

                var report = await loader.LoadAsync(SeedDataDirectory.Locate(), ct);
                Console.WriteLine($"seed: {report.Dossiers} dossiers in {report.Total.TotalSeconds:F1} s ({report.RowsPerSecond:F0} rows/s)");
                return 0;
            default:
                logger.LogError("Unknown verb {Verb}; use migrate, seed [--if-empty], or no verb to serve", args[0]);
                return 2;
        }
    }
}
