using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>
/// The real app, in memory, pointed at a test database. The scheduler is off unless a test asks for it, so
/// that API tests do not start pulling from sources; extra settings override configuration.
/// </summary>
public sealed class DashboardFactory(
    string connectionString, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Warehouse", connectionString);
        builder.UseSetting("Ingestion:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
