using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using IocDashboard.Integration.Tests.Features.Accounts;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.SeedData;
using IocDashboard.Seeding;
using IocDashboard.Warehouse.Schema;
using IocDashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>
/// A migrated test database and the app in front of it, with requests arriving from a chosen remote address, and
/// its callers: a signed-in person of a role (<see cref="ClientAsync"/>) or a stranger. Optionally the dimensions are seeded, and the scheduler runs with one
/// source of its own whose address refuses connections, so that any run of it fails quickly with an error.
/// </summary>
internal sealed partial class AdminHost : IAsyncDisposable
{
    public const string SourceId = "admin-test";
    public const string SourceName = "Chỉ tiêu — nguồn thử của bảng điều khiển";

    /// <summary>The test source's freshness SLA: short, so that a test sees /health turn Degraded.</summary>
    public static readonly TimeSpan FreshnessSla = TimeSpan.FromSeconds(5);

    private readonly TestDatabase _database;

    private AdminHost(TestDatabase database, WebApplicationFactory<Program> factory)
    {
        _database = database;
        Factory = factory;
    }

    public WebApplicationFactory<Program> Factory { get; }

    public string ConnectionString => _database.ConnectionString;

    /// <param name="settings">Configuration on top of the scheduler's (e.g. a shorter check interval for a test).</param>
    public static async Task<AdminHost> StartAsync(
        string prefix, IPAddress? remote = null, bool seedDimensions = false, string? schedulerCron = null, bool catchUpAtStart = false,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(prefix);
        await using (var migrator = new DashboardFactory(database.ConnectionString))
        {
            using var scope = migrator.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
            if (seedDimensions)
            {
                await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadDimensionsAsync(SeedDataDirectory.Locate(), CancellationToken.None);
            }
        }

        var all = schedulerCron is null ? new Dictionary<string, string?>() : SchedulerSettings(schedulerCron, catchUpAtStart);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new DashboardFactory(database.ConnectionString, all).WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(remote ?? IPAddress.Loopback))));
        return new AdminHost(database, factory);
    }

    /// <summary>
    /// A browser signed in through the sign-in page as a person of <paramref name="role"/> (an account made for it
    /// with a password of the test's own): the operators' pages and their forms, as an Admin by default.
    /// </summary>
    public Task<HttpClient> ClientAsync(bool followRedirects = true, string role = Roles.Admin) =>
        AccountsRig.SignedInClientAsync(Factory, role, followRedirects);

    /// <summary>A client with no credentials at all (cookies kept): a stranger, or a test that brings its own token.</summary>
    public HttpClient AnonymousClient(bool followRedirects = true) => AccountsRig.AnonymousClient(Factory, followRedirects);

    /// <summary>GETs a page, requires 200, and returns its HTML decoded (entities turned back into characters).</summary>
    public static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode}: {body}");
        return WebUtility.HtmlDecode(body);
    }

    /// <summary>
    /// Waits until the test source's last run failed and has a retry scheduled (the scheduler must be on: its address
    /// refuses connections); the run's job id and exception message.
    /// </summary>
    public async Task<(string JobId, string Message)> FailedRunAsync(TimeSpan patience)
    {
        var storage = Factory.Services.GetRequiredService<JobStorage>();
        (string, string)? failure = null;
        await Infrastructure.SchedulerSettings.WaitUntilAsync(() =>
        {
            using var connection = storage.GetConnection();
            var job = connection.GetRecurringJobs([SourceId]).Single();
            if (job.LastJobId is { } id && job.LastJobState == ScheduledState.StateName
                && storage.GetMonitoringApi().JobDetails(id).History.FirstOrDefault(h => h.StateName == FailedState.StateName) is { } failed)
            {
                failure = (id, failed.Data["ExceptionMessage"]);
            }

            return Task.FromResult(failure is not null);
        }, patience, () => "a failed run with a retry scheduled");
        return failure!.Value;
    }

    /// <summary>The antiforgery token of the first form on a page (its cookie stays in the client).</summary>
    public static string AntiforgeryToken(string html) =>
        TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no antiforgery token on the page");

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>
    /// The scheduler on, with only this test's source, whose address refuses connections. No request retries, so a
    /// run against the closed port fails at once; required, with a short freshness SLA, so that /health sees it.
    /// </summary>
    private static Dictionary<string, string?> SchedulerSettings(string cron, bool catchUpAtStart)
    {
        var settings = Infrastructure.SchedulerSettings.WithoutConfiguredSources(catchUpAtStart);
        settings["Ingestion:RequestRetries"] = "0";
        settings["Ingestion:Sources:0:Id"] = SourceId;
        settings["Ingestion:Sources:0:Kind"] = "indicators";
        settings["Ingestion:Sources:0:Name"] = SourceName;
        settings["Ingestion:Sources:0:Cron"] = cron;
        settings["Ingestion:Sources:0:BaseUrl"] = "http://127.0.0.1:9/";
        settings["Ingestion:Sources:0:Required"] = "true";
        settings["Ingestion:Sources:0:FreshnessSla"] = FreshnessSla.ToString();
        settings["Ingestion:Sources:0:Enabled"] = "true";
        return settings;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>Sets the connection's remote address before anything else sees the request.</summary>
    private sealed class RemoteAddressFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
