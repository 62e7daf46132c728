using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>The real app, in memory, pointed at a test database.</summary>
public sealed class DashboardFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:Warehouse", connectionString);
}
