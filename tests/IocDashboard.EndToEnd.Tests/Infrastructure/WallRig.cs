using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.SeedData;
using IocDashboard.Seeding;
using IocDashboard.Warehouse;
using IocDashboard.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IocDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A warehouse seeded with the history up to a present, the app serving it as a real process with its clock set to
/// an instant (Clock__Now), and Debian's Chromium driven by Playwright (ExecutablePath; no browser is downloaded).
/// Screenshots go to TestResults/e2e as test artifacts.
/// </summary>
public abstract class SeededWallRig(string databasePrefix, DateTimeOffset seedPresent, DateTimeOffset clock) : IAsyncLifetime
{
    public static readonly string Artifacts = Path.Combine(RepositoryRoot(), "TestResults", "e2e");

    private TestDatabase? _database;
    private IPlaywright? _playwright;

    public string ConnectionString => _database!.ConnectionString;

    /// <summary>The app's "now" when it starts (it runs on at real speed from there).</summary>
    public DateTimeOffset Clock => clock;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Artifacts);
        _database = await TestDatabase.CreateAsync(databasePrefix);
        var services = new ServiceCollection().AddLogging().AddWarehouse(_database.ConnectionString).AddSeeding().BuildServiceProvider();
        await using (services)
        {
            await services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
            await services.GetRequiredService<SeedLoader>().LoadAsync(SeedDataDirectory.Locate(), seedPresent, CancellationToken.None);
        }

        Visitors = new Visitors(_database.ConnectionString, AppEnvironment);
        _playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(_playwright);
    }

    /// <summary>The wall screen, the person and the script of this warehouse (<see cref="Infrastructure.Visitors"/>).</summary>
    public Visitors Visitors { get; private set; } = null!;

    /// <summary>The app on a loopback port, its clock at <see cref="Clock"/>, with the scheduler off.</summary>
    public Task<ProcessHost> StartAppAsync(int? port = null) => ProcessHost.StartAsync("IocDashboard.Web", AppEnvironment(), port: port);

    private Dictionary<string, string> AppEnvironment() => new()
    {
        ["ConnectionStrings__Warehouse"] = ConnectionString,
        // A build output has no wwwroot of its own: in Development the static web assets manifest maps it.
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Ingestion__Enabled"] = "false",
        ["Clock__Now"] = clock.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["Wall__PushInterval"] = "00:00:00.200",
    };

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Visitors.Dispose();
        _playwright?.Dispose();
        await _database!.DisposeAsync();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IocDashboard.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? AppContext.BaseDirectory;
    }
}

/// <summary>
/// The history 2020–2024 as the published figures F1–F10 describe it (the seed's present is the first instant of
/// 2025), and the app's clock at 31 October 2024, 14:00: the day the published task and indicator figures describe.
/// </summary>
public sealed class WallRig() : SeededWallRig("ioc_e2e", HistoryEnd2024, new DateTimeOffset(2024, 10, 31, 14, 0, 0, TimeSpan.FromHours(7)))
{
    public static readonly DateTimeOffset HistoryEnd2024 = new(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
}

[CollectionDefinition(Name)]
public sealed class WallRigGroup : ICollectionFixture<WallRig>
{
    public const string Name = "Wall in Chromium";
}
