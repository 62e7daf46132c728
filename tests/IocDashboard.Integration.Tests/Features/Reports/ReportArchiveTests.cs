using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using IocDashboard.Integration.Tests.Features.Accounts;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Reports.Archive;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IocDashboard.Integration.Tests.Features.Reports;

/// <summary>
/// The report archive on a warehouse of its own (the dimensions only: the tests look at files and rows, the figures are
/// the report tests' business), with files in a temporary directory and the app's clock on 10 April 2026, when only the
/// first quarter's report is due: the job run by hand, the operator's versions, the page, the API's answers.
/// </summary>
public sealed class ReportArchiveTests
{
    private static readonly DateTimeOffset April2026 = new(2026, 4, 10, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly string[] WorkbookOnly = ["xlsx"];

    [Fact]
    public async Task The_job_run_by_hand_archives_two_files_and_two_rows_each_downloadable_and_a_second_run_adds_nothing()
    {
        await using var app = await ArchiveApp.StartAsync("ioc_archive_job");
        using var client = app.Client();

        var result = await app.RunJobAsync();
        Assert.Contains("bao-cao-2026-Q1-TNH-v1.xlsx", result, StringComparison.Ordinal);

        var rows = await ListAsync(client);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["pdf", "xlsx"], rows.Select(r => r.Text("format")).Order(StringComparer.Ordinal));
        Assert.All(rows, r =>
        {
            Assert.Equal("2026-Q1", r.Text("period"));
            Assert.Equal("TNH", r.Text("unit"));
            Assert.Equal("official", r.Text("cutoff"));
            Assert.Equal(1, r.GetProperty("version").GetInt32());
            Assert.True(r.GetProperty("bySchedule").GetBoolean());
        });
        Assert.Equal(2, app.Files().Count);
        foreach (var row in rows)
        {
            using var response = await client.GetAsync(new Uri(row.Text("download"), UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(row.Text("sha256"), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(row.Long("sizeBytes"), bytes.LongLength);
            Assert.Equal(row.Text("fileName"), response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal(row.Text("format") == "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                response.Content.Headers.ContentType?.MediaType);
        }

        // A retry, or "Chạy ngay" on the dashboard: the schedule's reports are there already.
        Assert.Contains("Không có tệp mới", await app.RunJobAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await ListAsync(client)).Count);
        Assert.Equal(2, app.Files().Count);

        var html = await AdminHost.PageAsync(client, "/reports");
        Assert.Contains("Quý I năm 2026", html, StringComparison.Ordinal);
        Assert.Contains("<code>TNH</code>", html, StringComparison.Ordinal);
        Assert.Contains("<td>chính thức</td>", html, StringComparison.Ordinal);
        Assert.Contains(ReportArchiveJob.GeneratedBy, html, StringComparison.Ordinal);
        Assert.Contains("10/04/2026 09:00", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{rows[0].Text("download")}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_generating_twice_gets_versions_1_and_2_and_both_files_stay()
    {
        await using var app = await ArchiveApp.StartAsync("ioc_archive_versions");
        using var client = await app.SignedInAsync();

        using var first = await client.PostAsJsonAsync("/api/reports/archive", new { period = "2026-Q1", unit = "TNH", formats = WorkbookOnly });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        // The second through the page's form: it redirects back to the page, which lists both.
        var token = AdminHost.AntiforgeryToken(await AdminHost.PageAsync(client, "/reports"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Period"] = "2026-Q1", ["Unit"] = "TNH", ["Cutoff"] = "official", ["Formats"] = "xlsx", ["__RequestVerificationToken"] = token,
        });
        using var second = await client.PostAsync(new Uri("/reports", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpMethod.Get, second.RequestMessage!.Method); // POST-redirect-GET
        Assert.Contains("Đã lập và lưu trữ: bao-cao-2026-Q1-TNH-v2.xlsx (phiên bản 2)", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var rows = await ListAsync(client);
        Assert.Equal([2, 1], rows.Select(r => r.GetProperty("version").GetInt32()));
        Assert.All(rows, r => Assert.False(r.GetProperty("bySchedule").GetBoolean()));
        Assert.Equal(2, app.Files().Count);
        Assert.Equal(["bao-cao-2026-Q1-TNH-v1.xlsx", "bao-cao-2026-Q1-TNH-v2.xlsx"], rows.Select(r => r.Text("fileName")).Order(StringComparer.Ordinal));

        // Each version is in the audit log, by the operator who asked for it.
        var generated = await app.GeneratedAsync();
        Assert.Equal(["bao-cao-2026-Q1-TNH-v2.xlsx", "bao-cao-2026-Q1-TNH-v1.xlsx"], generated.Select(r => r.Target));
        Assert.All(generated, r => Assert.StartsWith("analyst.", r.Actor, StringComparison.Ordinal));

        // The schedule still makes its own: an operator's version is not the schedule's.
        await app.RunJobAsync();
        Assert.Equal(4, (await ListAsync(client)).Count);
    }

    [Theory]
    [InlineData("{\"period\":\"2026-Q5\"}", "period")]
    [InlineData("{\"period\":\"2026-Q2\"}", "period")] // ends 14 June 2026, after the clock's 10 April
    [InlineData("{\"period\":\"2026-Q1\",\"unit\":\"NOPE\"}", "unit")]
    [InlineData("{\"period\":\"2026-Q1\",\"unit\":\"705\"}", "unit")] // Tân Biên district: abolished on 1 July 2025
    [InlineData("{\"period\":\"2026-Q1\",\"cutoff\":\"fiscal\"}", "cutoff")]
    [InlineData("{\"period\":\"2026-Q1\",\"formats\":[\"docx\"]}", "formats")]
    public async Task Bad_input_answers_400_naming_the_parameter_and_archives_nothing(string body, string parameter)
    {
        await using var app = await ArchiveApp.StartAsync("ioc_archive_bad");
        using var client = await app.SignedInAsync();

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/reports/archive", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
        Assert.Empty(await ListAsync(client));
        Assert.Empty(app.Files());
    }

    [Fact]
    public async Task The_page_answers_a_bad_unit_with_400_and_the_reason_in_Vietnamese()
    {
        await using var app = await ArchiveApp.StartAsync("ioc_archive_page_bad");
        using var client = await app.SignedInAsync();
        var token = AdminHost.AntiforgeryToken(await AdminHost.PageAsync(client, "/reports"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Period"] = "2026-Q1", ["Unit"] = "705", ["Cutoff"] = "official", ["Formats"] = "xlsx", ["__RequestVerificationToken"] = token,
        });

        using var response = await client.PostAsync(new Uri("/reports", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("(705) không tồn tại trong Quý I năm 2026", html, StringComparison.Ordinal);
        Assert.Empty(app.Files());
    }

    [Fact]
    public async Task An_unknown_id_answers_404_with_problem_details()
    {
        await using var app = await ArchiveApp.StartAsync("ioc_archive_404");
        using var client = app.Client();
        var (status, contentType, _) = await client.GetJsonAsync("/api/reports/archive/424242");
        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
    }

    [Fact]
    public async Task Only_an_Analyst_or_Admin_signed_in_may_generate()
    {
        await using var app = await ArchiveApp.StartAsync("ioc_archive_roles");
        using var leader = await app.SignedInAsync(Roles.Leader);
        using var script = app.Client(); // a read-only Admin token: it may read, never generate

        foreach (var (caller, client) in new[] { ("leader", leader), ("admin token", script) })
        {
            using var response = await client.PostAsJsonAsync("/api/reports/archive", new { period = "2026-Q1" });
            Assert.Equal((caller, HttpStatusCode.Forbidden), (caller, response.StatusCode));
            Assert.DoesNotContain("id=\"generate\"", await AdminHost.PageAsync(client, "/reports"), StringComparison.Ordinal);
        }

        Assert.Empty(app.Files());
    }

    [Fact]
    public async Task The_recurring_job_is_registered_with_its_cron_in_Vietnam_time()
    {
        await using var host = await AdminHost.StartAsync("ioc_archive_schedule", schedulerCron: "0 0 1 1 *");
        using var client = host.AnonymousClient(); // starts the host and its start-up steps
        using var connection = host.Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetRecurringJobs([ReportArchiveJob.Id]).Single();
        Assert.Equal("0 7 15 3,6,9,12 *", job.Cron);
        Assert.Equal("Asia/Ho_Chi_Minh", job.TimeZoneId);
        Assert.Equal(typeof(ReportArchiveJob), job.Job.Type);
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client) =>
        [.. (await client.GetOkAsync("/api/reports/archive")).EnumerateArray()];

    /// <summary>An admin host with dimensions, the archive in a temporary directory and the clock on 10 April 2026.</summary>
    private sealed class ArchiveApp : IAsyncDisposable
    {
        private readonly AdminHost _host;
        private readonly DirectoryInfo _directory;
        private readonly WebApplicationFactory<Program> _factory;

        private ArchiveApp(AdminHost host, DirectoryInfo directory)
        {
            _host = host;
            _directory = directory;
            _factory = host.Factory.WithWebHostBuilder(builder =>
            {
                builder.UseSetting("Reports:ArchiveDirectory", directory.FullName);
                builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(April2026)));
            });
        }

        public static async Task<ArchiveApp> StartAsync(string prefix, IPAddress? remote = null) =>
            new(await AdminHost.StartAsync(prefix, remote, seedDimensions: true), Directory.CreateTempSubdirectory("ioc-archive-"));

        /// <summary>A script's read-only client (the API's reads).</summary>
        public HttpClient Client() => _factory.CreateClient();

        /// <summary>A person of a role signed in, whose requests carry the antiforgery header as the pages' scripts do.</summary>
        public async Task<HttpClient> SignedInAsync(string role = Roles.Analyst)
        {
            var client = await AccountsRig.SignedInClientAsync(_factory, role);
            await AccountsRig.WithAntiforgeryHeaderAsync(client);
            return client;
        }

        /// <summary>What the dashboard's "Chạy ngay" does in the end: the job from the app's services, run once.</summary>
        public async Task<string> RunJobAsync()
        {
            using var scope = _factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<ReportArchiveJob>().RunAsync(CancellationToken.None);
        }

        /// <summary>The audit log's records of reports generated, newest first.</summary>
        public Task<IReadOnlyList<IocDashboard.Web.Features.Audit.AuditRecord>> GeneratedAsync() =>
            _factory.Services.GetRequiredService<IocDashboard.Web.Features.Audit.AuditTrail>()
                .ListAsync(new IocDashboard.Web.Features.Audit.AuditFilter(Action: "report.generate"), CancellationToken.None);

        public List<string> Files() => _directory.GetFiles("*", SearchOption.AllDirectories).Select(f => f.FullName).ToList();

        public async ValueTask DisposeAsync()
        {
            await _factory.DisposeAsync();
            await _host.DisposeAsync();
            _directory.Delete(recursive: true);
        }
    }
}
