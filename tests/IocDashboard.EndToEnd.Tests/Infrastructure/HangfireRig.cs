using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Warehouse;
using IocDashboard.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IocDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A migrated warehouse, the app serving it as a real process with the scheduler on and one source of its own, whose
/// address refuses connections (a run of it fails at once and waits for a retry) and which runs only when asked. And Debian's
/// Chromium to look at the Hangfire dashboard.
/// </summary>
public sealed class HangfireRig : IAsyncLifetime
{
    public const string SourceId = "e2e-hangfire";

    private TestDatabase? _database;
    private IPlaywright? _playwright;

    public ProcessHost App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Visitors Visitors { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(SeededWallRig.Artifacts);
        _database = await TestDatabase.CreateAsync("ioc_e2e_hangfire");
        var services = new ServiceCollection().AddLogging().AddWarehouse(_database.ConnectionString).BuildServiceProvider();
        await using (services)
        {
            await services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
        }

        // Settings as environment variables of the process: "__" for ":".
        var environment = SchedulerSettings.WithoutConfiguredSources()
            .ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value!);
        environment["ConnectionStrings__Warehouse"] = _database.ConnectionString;
        environment["Ingestion__RequestRetries"] = "0";
        environment["Ingestion__Sources__0__Id"] = SourceId;
        environment["Ingestion__Sources__0__Kind"] = "indicators";
        environment["Ingestion__Sources__0__Name"] = "Nguồn thử của bảng Tác vụ nền";
        environment["Ingestion__Sources__0__Cron"] = "0 0 1 1 *";
        environment["Ingestion__Sources__0__BaseUrl"] = "http://127.0.0.1:9/";
        environment["Ingestion__Sources__0__Required"] = "false";
        environment["Ingestion__Sources__0__Enabled"] = "true";
        App = await ProcessHost.StartAsync("IocDashboard.Web", environment);
        Visitors = new Visitors(_database.ConnectionString, () => environment);

        _playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Visitors.Dispose();
        _playwright?.Dispose();
        await App.DisposeAsync();
        await _database!.DisposeAsync();
    }
}
