using System.Diagnostics;
using IocDashboard.SeedData;
using IocDashboard.SeedData.History;
using IocDashboard.SeedData.Reference;
using IocDashboard.SourceSimulator.Feeds;
using IocDashboard.SourceSimulator.Feeds.Dossiers;
using IocDashboard.SourceSimulator.Feeds.Indicators;
using IocDashboard.SourceSimulator.Feeds.Petitions;
using IocDashboard.SourceSimulator.Feeds.Tasks;
using IocDashboard.SourceSimulator.Live;
using IocDashboard.SourceSimulator.Sources;
using Microsoft.Extensions.Options;

namespace IocDashboard.SourceSimulator.Hosting;

/// <summary>
/// Builds every feed in the background (the dossier history takes a few seconds), so the process listens at
/// once and /health tells when it is ready.
/// </summary>
internal sealed class SimulatorLoader(
    SimulatorData data, SourceCatalog catalog, SimulatedClock clock, IOptions<SimulatorOptions> options,
    IHostApplicationLifetime lifetime, ILogger<SimulatorLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var loaded = await Task.Run(Load, stoppingToken);
            data.Publish(loaded);

            // The generator's two million records are garbage now; give their memory back before serving.
            // Aggressive mode also decommits the freed regions, so the resident size drops with the heap.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            logger.LogInformation(
                "Simulator ready in {Seconds:F1} s: {Sources} sources, heap {HeapMb} MB, simulated now {Now:O}, live {Live}, speed {Speed}x",
                stopwatch.Elapsed.TotalSeconds, loaded.Feeds.Count, GC.GetTotalMemory(false) / 1_000_000, clock.Now,
                options.Value.Live, options.Value.Speed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogCritical(ex, "The simulator could not load its data; stopping");
            data.Fail(ex.Message);
            lifetime.StopApplication();
        }
    }

    private LoadedData Load()
    {
        var settings = options.Value;
        var directory = settings.SeedData is { Length: > 0 } configured ? configured : SeedDataDirectory.Locate();
        var reference = ReferenceData.Load(directory);
        var profile = HistorySettings.LoadProfile(directory);
        var feeds = new Dictionary<string, IChangeFeed>(StringComparer.OrdinalIgnoreCase);
        var dossierSources = catalog.Served.Where(s => s.Kind == SourceKind.Dossiers).ToList();
        if (dossierSources.Count > 0)
        {
            foreach (var feed in BuildDossierFeeds(reference, profile, HistorySettings.LoadTargets(directory), dossierSources))
            {
                feeds[feed.Source.Id] = feed;
            }
        }

        IndicatorBook? book = null;
        foreach (var source in catalog.Served.Where(s => s.Kind != SourceKind.Dossiers))
        {
            switch (source.Kind)
            {
                case SourceKind.Tasks:
                    feeds[source.Id] = new TaskFeed(source, reference.ReformTasks, clock);
                    break;
                case SourceKind.Indicators:
                    book = new IndicatorBook(reference);
                    feeds[source.Id] = new IndicatorFeed(source, book, clock);
                    break;
                default:
                    var petitions = reference.Feedback.Select(Petition.From).ToList();
                    var activity = settings.Live ? new PetitionActivity(petitions, clock.Start, profile.Seed) : null;
                    feeds[source.Id] = new PetitionFeed(source, petitions, clock, activity);
                    break;
            }
        }

        return new LoadedData(feeds, book);
    }

    private List<DossierFeed> BuildDossierFeeds(
        ReferenceData reference, HistoryProfile profile, HistoryTargets targets, IReadOnlyList<SourceInfo> sources)
    {
        var settings = options.Value;
        var stopwatch = Stopwatch.StartNew();
        // The history is generated to the horizon ahead of the clock's start and revealed as the clock passes it.
        var horizon = DateOnly.FromDateTime(clock.Start.AddDays(settings.HorizonDays).DateTime);
        var lastDay = settings.HistoryTo is { } to && to < horizon ? to : horizon;
        var seed = HistoryGenerator.Generate(reference, profile, targets, lastDay);
        logger.LogInformation("Generated {Count} dossiers to {LastDay:yyyy-MM-dd} in {Seconds:F1} s", seed.Dossiers.Count, lastDay, stopwatch.Elapsed.TotalSeconds);

        var codes = new DossierCodes(reference);
        var histories = DossierHistory.Build(seed, codes, sources, settings.HistoryFrom, settings.HistoryTo);
        var feeds = new List<DossierFeed>();
        foreach (var history in histories)
        {
            feeds.Add(new DossierFeed(history.Source, codes, history.Rows, history.ByResolution, clock));
            logger.LogInformation("{Source}: {Count} dossiers", history.Source.Id, history.Rows.Length);
        }

        return feeds;
    }
}
