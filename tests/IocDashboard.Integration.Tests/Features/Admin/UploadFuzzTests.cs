using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using IocDashboard.Web.Features.Admin.Uploads;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>
/// /admin/uploads fed files that are not a good template (<see cref="UploadFuzzFiles"/>): never a 5xx, the page says in
/// Vietnamese what is wrong, and nothing stored changes — not the indicator values, the load batches, the audit log
/// or the quarantine.
/// </summary>
public sealed partial class UploadFuzzTests(UploadFuzzTests.Host host, ITestOutputHelper output) : IClassFixture<UploadFuzzTests.Host>
{
    /// <summary>What an upload could write to, each as row count and a checksum of every row's text.</summary>
    private static readonly string[] StoredTables = ["core.dx_indicator_values", "ingest.load_batches", "auth.audit_log", "ingest.quarantine"];

    public static TheoryData<string> Cases => new(UploadFuzzFiles.Cases.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_refused_without_a_5xx_in_vietnamese_and_changes_nothing_stored(string name)
    {
        var file = UploadFuzzFiles.Cases[name]();
        var before = await StoredAsync();
        var client = await ClientAsync();

        var (status, html, raw) = await PostAsync(client, file.Content, file.FileName);
        output.WriteLine($"{(int)status}: {(status == HttpStatusCode.OK ? Text(Errors(html)) : Head(raw))}");

        var statuses = file.Statuses.Length > 0 ? file.Statuses : [200];
        Assert.True(statuses.Contains((int)status), $"{name}: {(int)status} (expected {string.Join(" or ", statuses)}): {Head(html)}");
        Assert.DoesNotContain("Đã nạp tệp", html, StringComparison.Ordinal);
        if (status == HttpStatusCode.OK)
        {
            Assert.True(
                html.Contains("validation-summary-errors", StringComparison.Ordinal) || html.Contains("class=\"result failed\"", StringComparison.Ordinal),
                $"{name}: the page shows no refusal: {Head(Errors(html))}");
        }

        if (file.Refusal is { } refusal)
        {
            // In the error list or the result, not merely somewhere on the page (its help text mentions empty cells).
            Assert.True(Errors(html).Contains(refusal, StringComparison.Ordinal), $"{name}: the page does not say '{refusal}': {Head(Errors(html))}");
        }

        // A name is text on the page, never markup.
        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", raw, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }

    /// <summary>The one way this test gets a client: the fixture's Analyst, signed in once (sign-in is rate-limited per address).</summary>
    private Task<HttpClient> ClientAsync() => host.AnalystAsync();

    private static async Task<(HttpStatusCode Status, string Html, string Raw)> PostAsync(HttpClient client, byte[] content, string fileName)
    {
        var token = AdminHost.AntiforgeryToken(await AdminHost.PageAsync(client, "/admin/uploads"));
        using var form = new MultipartFormDataContent();
        using var year = new StringContent("2024");
        using var tokenField = new StringContent(token);
        using var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(year, "Year");
        form.Add(tokenField, "__RequestVerificationToken");
        form.Add(file, "Workbook", fileName);

        using var response = await client.PostAsync(new Uri("/admin/uploads", UriKind.Relative), form);
        var raw = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, WebUtility.HtmlDecode(raw), raw);
    }

    /// <summary>Each stored table's row count and the MD5 of its rows' text in order: any insert, update or delete shows.</summary>
    private async Task<Dictionary<string, string>> StoredAsync()
    {
        await using var connection = new NpgsqlConnection(host.Admin.ConnectionString);
        await connection.OpenAsync();
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in StoredTables)
        {
            await using var query = new NpgsqlCommand(
                $"select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from {table} t", connection);
            stored[table] = (string)(await query.ExecuteScalarAsync())!;
        }

        return stored;
    }

    /// <summary>The page from its error list on (the refusals, then the result): where a refusal must be said.</summary>
    private static string Errors(string html)
    {
        var start = html.IndexOf("<div class=\"errors", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..];
    }

    /// <summary>The text of some HTML, tags dropped and spaces collapsed.</summary>
    private static string Text(string html) => Spaces().Replace(Tags().Replace(html, " "), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string Head(string text) => text.Length <= 1500 ? text : text[..1500] + "…";

    /// <summary>
    /// One app and database for every case, with values already loaded (so that a case changing a stored row, not
    /// only adding one, shows), loaded through the upload service itself.
    /// </summary>
    public sealed class Host : IAsyncLifetime
    {
        private AdminHost? _admin;

        private HttpClient? _analyst;

        internal AdminHost Admin => _admin ?? throw new InvalidOperationException("not started");

        /// <summary>An Analyst signed in once for every case (the theory's cases run one after another).</summary>
        internal async Task<HttpClient> AnalystAsync() => _analyst ??= await Admin.ClientAsync(role: Web.Features.Accounts.Roles.Analyst);

        public async Task InitializeAsync()
        {
            _admin = await AdminHost.StartAsync("ioc_fuzz_upload", seedDimensions: true);
            using var scope = _admin.Factory.Services.CreateScope();
            Assert.True(XlsxFile.TryCheck(TemplateWorkbook.Of([("CDS01", "2024-01", 85.5m), ("CDS02", "2024-01", 40m)]), out var template, out _));
            var loaded = await scope.ServiceProvider.GetRequiredService<IndicatorUpload>().LoadAsync(
                "chitieu-dau-nam.xlsx", 2024, template, "fuzz-test", CancellationToken.None);
            Assert.NotNull(loaded.Loaded);
        }

        public async Task DisposeAsync()
        {
            _analyst?.Dispose();
            if (_admin is not null)
            {
                await _admin.DisposeAsync();
            }
        }
    }
}
