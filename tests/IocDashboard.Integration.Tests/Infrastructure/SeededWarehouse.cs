using IocDashboard.SeedData;
using IocDashboard.Seeding;
using IocDashboard.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>
/// One migrated warehouse with the seed history as it stood at a present, loaded once for the tests of a
/// collection. Those tests only read, so sharing it keeps them independent.
/// </summary>
public abstract class SeededWarehouseAt(string databasePrefix, DateTimeOffset present) : IAsyncLifetime
{
    private TestDatabase? _database;

    public DashboardFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(databasePrefix);
        Factory = new DashboardFactory(_database.ConnectionString);
        using (var scope = Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(SeedDataDirectory.Locate(), present, CancellationToken.None);
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

/// <summary>
/// The history 2020–2024 (about two million dossiers) for the tests of the published figures F1–F10: its present
/// is the first instant of 2025, so the dossiers open at the end of 2024 are still pending.
/// </summary>
public sealed class SeededWarehouse() : SeededWarehouseAt("ioc_seeded", HistoryEnd2024)
{
    public static readonly DateTimeOffset HistoryEnd2024 = new(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
}

[CollectionDefinition(Name)]
public sealed class SeededWarehouseGroup : ICollectionFixture<SeededWarehouse>
{
    public const string Name = "Seeded warehouse";
}
