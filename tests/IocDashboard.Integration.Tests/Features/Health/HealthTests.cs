using IocDashboard.Integration.Tests.Features.Accounts;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Integration.Tests.Features.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthy_when_the_database_is_reachable_and_migrated()
    {
        await using var database = await TestDatabase.CreateAsync("ioc_health");
        await using var factory = new DashboardFactory(database.ConnectionString);
        await factory.Services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
        using var client = AccountsRig.AnonymousClient(factory, followRedirects: false); // /health is for anyone: no token needed (nor makeable here)

        var (status, contentType, body) = await client.GetJsonAsync("/health");

        Assert.Equal(200, status);
        Assert.Equal("application/json", contentType);
        Assert.Equal("Healthy", body.Text("status"));
    }

    [Fact]
    public async Task Unhealthy_when_the_database_is_not_migrated()
    {
        await using var database = await TestDatabase.CreateAsync("ioc_unmigrated");
        await using var factory = new DashboardFactory(database.ConnectionString);
        using var client = AccountsRig.AnonymousClient(factory, followRedirects: false); // /health is for anyone: no token needed (nor makeable here)

        var (status, _, body) = await client.GetJsonAsync("/health");

        Assert.Equal(503, status);
        Assert.Equal("Unhealthy", body.Text("status"));
    }

    [Fact]
    public async Task Unhealthy_when_the_database_is_unreachable()
    {
        await using var factory = new DashboardFactory("Host=127.0.0.1;Port=1;Username=postgres;Timeout=2");
        using var client = AccountsRig.AnonymousClient(factory, followRedirects: false); // /health is for anyone: no token needed (nor makeable here)

        var (status, _, body) = await client.GetJsonAsync("/health");

        Assert.Equal(503, status);
        Assert.Equal("Unhealthy", body.Text("status"));
    }
}
