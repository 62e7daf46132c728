using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Accounts;

/// <summary>The Data Protection key ring lives in the warehouse: what one app instance protects, another (a replica, a restart) reads.</summary>
public sealed class DataProtectionKeyRingTests
{
    [Fact]
    public async Task A_second_instance_on_the_same_database_unprotects_what_the_first_protected()
    {
        await using var host = await AdminHost.StartAsync("ioc_keyring");
        string secret;
        await using (var first = new DashboardFactory(host.ConnectionString))
        {
            secret = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("khoá API của nguồn");
        }

        await using var second = new DashboardFactory(host.ConnectionString);
        Assert.Equal("khoá API của nguồn", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));

        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from auth.data_protection_keys", connection);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }
}
