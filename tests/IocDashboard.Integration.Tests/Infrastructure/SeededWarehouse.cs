using IocDashboard.SeedData;
using IocDashboard.Seeding;
using IocDashboard.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>
/// One migrated warehouse with the full seed history (about two million dossiers), loaded once for the
/// tests that read the published figures. Those tests only read, so sharing it keeps them independent.
/// </summary>
public sealed class SeededWarehouse : IAsyncLifetime
{
    /// <summary>
    /// The seed's present for these tests: the first instant of 2025, so the history is 2020–2024 as the published
    /// figures F1–F10 describe it, with the dossiers open at its end still pending.
    /// </summary>
    public static readonly DateTimeOffset HistoryEnd2024 = new(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));

    private TestDatabase? _database;

    public DashboardFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("ioc_seeded");
        Factory = new DashboardFactory(_database.ConnectionString);
        using (var scope = Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(SeedDataDirectory.Locate(), HistoryEnd2024, CancellationToken.None);
        }

        Client = Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await _database!.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SeededWarehouseGroup : ICollectionFixture<SeededWarehouse>
{
    public const string Name = "Seeded warehouse";
}
