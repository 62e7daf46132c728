using System.Collections.Concurrent;
using System.Net.Http.Headers;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Tokens;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>
/// The real app, in memory, pointed at a test database. The scheduler is off unless a test asks for it, so
/// that API tests do not start pulling from sources; extra settings override configuration. Its clients call as a
/// script does, with a read-only Admin API token (<see cref="ReaderToken"/>): they read every endpoint and change
/// nothing. A test of who may do what makes its callers itself (Features/Accounts/AccountsRig, Features/Security).
/// </summary>
public sealed class DashboardFactory(
    string connectionString, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>One reader token per test database, made on its first client (the database is migrated by then).</summary>
    private static readonly ConcurrentDictionary<string, Lazy<string>> ReaderTokens = new();

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

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ReaderToken(connectionString));
    }

    /// <summary>
    /// The read-only Admin API token of a test database. Made through the app's own <see cref="TokenStore"/> on a data
    /// source of its own: a factory made by WithWebHostBuilder calls this class's ConfigureClient on the original
    /// factory, whose services must not be started for it.
    /// </summary>
    public static string ReaderToken(string connectionString) => ReaderTokens.GetOrAdd(connectionString, cs => new Lazy<string>(() => Task.Run(async () =>
    {
        await using var dataSource = NpgsqlDataSource.Create(cs);
        var created = await new TokenStore(dataSource, TimeProvider.System).CreateApiTokenAsync($"tests-reader-{Guid.NewGuid():N}", Roles.Admin, "tests", CancellationToken.None);
        return created!.Plaintext;
    }).GetAwaiter().GetResult())).Value;
}
