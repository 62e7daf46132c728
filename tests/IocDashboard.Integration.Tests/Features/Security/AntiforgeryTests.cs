using System.Net;
using System.Text.Json;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace IocDashboard.Integration.Tests.Features.Security;

/// <summary>
/// Every request that may change something, on every endpoint that takes one (the pages' POST handlers, the API's
/// POSTs, Hangfire's dashboard), is refused with 400 problem details naming the antiforgery token when it comes
/// without one — even from a signed-in Admin, whom every policy admits — and changes nothing.
/// </summary>
public sealed class AntiforgeryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_POST_without_the_antiforgery_token_gets_400_and_changes_nothing()
    {
        await using var host = await AdminHost.StartAsync("ioc_antiforgery", seedDimensions: true);
        using var admin = await host.ClientAsync(followRedirects: false);
        var targets = await PostTargetsAsync(host);
        var before = await StoredAsync(host);

        var wrong = new List<string>();
        foreach (var url in targets)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = AdminHost.SourceId, ["name"] = "khong-co-ma" });
            using var response = await admin.PostAsync(new Uri(url, UriKind.Relative), form);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest
                || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                || !JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("__RequestVerificationToken", out _))
            {
                wrong.Add($"POST {url} → {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}: {body[..Math.Min(body.Length, 200)]}");
            }
        }

        output.WriteLine($"{targets.Count} POST targets: {string.Join(", ", targets)}");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(targets.Count >= 10, $"only {targets.Count} POST targets found");
        Assert.Equal(before, await StoredAsync(host));
    }

    [Fact]
    public async Task Sign_in_without_the_token_is_refused_too_and_with_it_the_same_form_works()
    {
        await using var host = await AdminHost.StartAsync("ioc_antiforgery_signin");
        var password = Accounts.AccountsRig.NewPassword();
        await Accounts.AccountsRig.CreateAccountAsync(host, "lanh.dao", Roles.Leader, password);
        using var browser = host.AnonymousClient(followRedirects: false);

        using var without = await Accounts.AccountsRig.PostFormAsync(browser, "/account/login", null, new() { ["UserName"] = "lanh.dao", ["Password"] = password });
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Null(Accounts.AccountsRig.AuthCookieSet(without));

        using var with = await Accounts.AccountsRig.SignInAsync(browser, "lanh.dao", password);
        Assert.Equal(HttpStatusCode.Redirect, with.StatusCode);
    }

    /// <summary>
    /// Where a POST can go: every page with a POST handler (each named handler, and the unnamed one), every endpoint
    /// that declares POST (the hubs aside: SignalR's own transport), and Hangfire's dashboard actions.
    /// </summary>
    private static async Task<List<string>> PostTargetsAsync(AdminHost host)
    {
        var services = host.Factory.Services;
        var loader = services.GetRequiredService<PageLoader>();
        var targets = new List<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var page = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() ?? await loader.LoadAsync(descriptor, endpoint.Metadata);
                targets.AddRange(page.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                    .Select(h => h.Name is { Length: > 0 } name ? $"{route}?handler={name}" : route));
            }
            else if (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true && endpoint.Metadata.GetMetadata<HubMetadata>() is null)
            {
                targets.Add(route);
            }
        }

        targets.Add("/admin/hangfire/recurring/trigger");
        targets.Add("/admin/hangfire/jobs/failed/requeue");
        // A record's page with an id that names none: the refusal comes before the page looks for it.
        return [.. targets.Select(t => t.Replace("{id:long}", "424242", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>How many rows the tables that a POST of the app could change hold.</summary>
    private static async Task<string> StoredAsync(AdminHost host)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select concat_ws(' ',
                (select count(*) from auth.audit_log), (select count(*) from auth.users), (select count(*) from auth.api_tokens),
                (select count(*) from auth.kiosk_tokens where revoked_at is null), (select count(*) from ingest.source_api_keys),
                (select count(*) from ingest.quarantine), (select count(*) from ingest.load_batches),
                (select count(*) from ingest.source_pauses))
            """, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
