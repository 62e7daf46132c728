using IocDashboard.SeedData;
using IocDashboard.Seeding;
using IocDashboard.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>
/// One migrated warehouse with the history to a fixed present (30 November 2026, 14:00; about 4.8 million dossiers),
/// for the tests of the figures published after the 2025 merger. Read-only, shared by its collection.
/// </summary>
public sealed class PresentWarehouse : IAsyncLifetime
{
    public static readonly DateTimeOffset Present = new(2026, 11, 30, 14, 0, 0, TimeSpan.FromHours(7));

    private TestDatabase? _database;

    public DashboardFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("ioc_present");
        Factory = new DashboardFactory(_database.ConnectionString);
        using (var scope = Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(SeedDataDirectory.Locate(), Present, CancellationToken.None);
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
public sealed class PresentWarehouseGroup : ICollectionFixture<PresentWarehouse>
{
    public const string Name = "Present-day warehouse";
}
