using System.Diagnostics;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.Sync;
using IocDashboard.SeedData;
using IocDashboard.Seeding;
using IocDashboard.Warehouse.Schema;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Tokens;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Hosting;

/// <summary>
/// The host's one-shot verbs: `migrate` applies the schema migrations; `seed [--if-empty] [--reference-only]`
/// loads seed-data/ (everything into an empty warehouse, or only the dimensions the connectors need before they pull
/// the facts, which may be re-run on a filled warehouse to bring its dimensions up to the files); `create-admin NAME
/// [--reset]` makes an Admin with a one-time password (<see cref="CreateAdminCommand"/>); `create-api-token` and
/// `create-kiosk-token` print a new token once (<see cref="TokenCommands"/>); `list-screens` prints Wall:Screens' keys.
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
                var empty = await loader.IsEmptyAsync(ct);
                if (!empty && args.Contains("--if-empty"))
                {
                    logger.LogInformation("The warehouse already holds data; seed skipped");
                    return 0;
                }

                if (args.Contains("--reference-only"))
                {
                    // Upserted by code: on a filled warehouse this brings the dimensions up to the files.
                    await loader.LoadDimensionsAsync(SeedDataDirectory.Locate(), ct);
                    return 0;
                }

                if (!empty)
                {
                    logger.LogError("The warehouse already holds data; seed refuses to load twice");
                    return 1;
                }

                var report = await loader.LoadAsync(SeedDataDirectory.Locate(), app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
                Console.WriteLine($"seed: {report.Dossiers} dossiers in {report.Total.TotalSeconds:F1} s ({report.RowsPerSecond:F0} rows/s)");
                return 0;
            case "sync":
                return await SyncAsync(app, args.Skip(1).ToList(), ct);
            case CreateAdminCommand.Verb:
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    return await scope.ServiceProvider.GetRequiredService<CreateAdminCommand>().RunAsync(args.Skip(1).ToList(), Console.Out, Console.Error, ct);
                }

            case "list-screens":
                // For run.sh, which makes a kiosk link per configured screen on the first start.
                foreach (var screen in app.Services.GetRequiredService<TokenIssuer>().Screens)
                {
                    Console.WriteLine(screen);
                }

                return 0;
            case TokenCommands.CreateApiToken or TokenCommands.CreateKioskToken:
                return await app.Services.GetRequiredService<TokenCommands>().RunAsync(args[0], args.Skip(1).ToList(), Console.Out, Console.Error, ct);
            default:
                logger.LogError("Unknown verb {Verb}; use migrate, seed [--if-empty] [--reference-only], sync [SOURCE…], create-admin NAME [--reset], {TokenVerbs}, list-screens, or no verb to serve", args[0], TokenCommands.Usage);
                return 2;
        }
    }

    /// <summary>
    /// `sync [SOURCE…]`: runs the named sources (all enabled ones by default) once, now, side by side, without the
    /// scheduler, and prints what each did and the total rate. For operators and for the ingestion benchmark.
    /// </summary>
    private static async Task<int> SyncAsync(WebApplication app, List<string> sourceIds, CancellationToken ct)
    {
        var sync = app.Services.GetRequiredService<SourceSync>();
        var options = app.Services.GetRequiredService<IOptions<IngestionOptions>>().Value;
        var ids = sourceIds.Count > 0 ? sourceIds : options.Sources.Where(s => s.Enabled).Select(s => s.Id).ToList();
        var watch = Stopwatch.StartNew();
        var results = await Task.WhenAll(ids.Select(id => sync.RunAsync(id, null, ct)));
        foreach (var result in results)
        {
            Console.WriteLine(result.Summary);
        }

        var read = results.Sum(r => r.Read);
        Console.WriteLine($"sync: {read} records from {results.Length} sources in {watch.Elapsed.TotalSeconds:F1} s ({read / Math.Max(watch.Elapsed.TotalSeconds, 1e-9):F0} records/s)");
        return 0;
    }
}
