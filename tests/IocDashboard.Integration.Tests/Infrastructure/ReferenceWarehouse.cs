namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>
/// A migrated warehouse holding only the reference dimensions (no facts) and the app on it: enough for the tests of
/// the dimensions themselves, in a second rather than the seeded warehouse's history. Its tests only read.
/// </summary>
public sealed class ReferenceWarehouse : IAsyncLifetime
{
    private TestDatabase? _database;

    public DashboardFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await IngestionRig.EmptyWarehouseAsync("ioc_reference");
        Factory = new DashboardFactory(_database.ConnectionString);
        Client = Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await _database!.DisposeAsync();
    }
}
