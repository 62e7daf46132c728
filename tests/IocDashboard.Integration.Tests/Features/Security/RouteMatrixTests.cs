using System.Net;
using System.Net.Http.Headers;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Integration.Tests.Features.Tokens;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.ApiDocs;
using IocDashboard.Web.Features.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IocDashboard.Integration.Tests.Features.Security;

/// <summary>
/// Every endpoint of the route table, called by each kind of caller — a stranger, the main wall's kiosk token, a
/// script's read-only Leader API token, and a signed-in Leader, Analyst and Admin — answers as its declared policy
/// says: served, not signed in (401, or the sign-in page), or refused (403, or the refusal page). An endpoint that
/// declares no policy fails the test by name, as does a policy the matrix does not know.
/// </summary>
public sealed class RouteMatrixTests(ITestOutputHelper output)
{
    private enum Answer
    {
        Served,
        NotSignedIn,
        Refused,
    }

    private sealed record Caller(string Name, HttpClient Client, bool IsKiosk, bool ReadOnly, string? Role);

    /// <summary>
    /// Addresses for the routes with parameters, and for the heavy ones a value they refuse before any work (a PDF
    /// rendered in Chromium per caller would only slow the test: authorization runs before the handler either way).
    /// </summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["/api/reports/{period}.xlsx"] = "/api/reports/2099-Q1.xlsx",
        ["/api/reports/{period}.pdf"] = "/api/reports/2099-Q1.pdf",
        ["/reports/{period}/print"] = "/reports/2099-Q1/print",
        ["/api/meeting.pdf"] = "/api/meeting.pdf?period=nonsense",
        ["/meeting/print"] = "/meeting/print?period=nonsense",
        ["/api/reports/archive/{id:long}"] = "/api/reports/archive/424242",
        ["/api/charts/{chart}.{format}"] = "/api/charts/task-status.svg?asOf=2024-10-31",
        ["/admin/quarantine/{id:long}"] = "/admin/quarantine/424242",
        ["/admin/hangfire/{**path}"] = "/admin/hangfire/recurring",
        ["/wall"] = "/wall?screen=main",
        ["/hubs/wall"] = "/hubs/wall?screen=main",
        ["/hubs/wall/negotiate"] = "/hubs/wall/negotiate?screen=main&negotiateVersion=1",
        ["/openapi/{documentName}.json"] = "/openapi/v1.json",
        ["/api-docs/{documentName?}"] = "/api-docs/",
        ["/api-docs/{**path}"] = "/api-docs/scalar.js",
    };

    [Fact]
    public async Task Every_endpoint_answers_each_caller_as_its_policy_says()
    {
        await using var host = await AdminHost.StartAsync("ioc_route_matrix", seedDimensions: true);
        var callers = await CallersAsync(host);
        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Route: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), Method: Method(e), Policy: EndpointPolicy.Of(e.Metadata)))
            .Distinct()
            // The sign-out page last: nothing before it should find the browsers signed out (its GET only asks, but the order costs nothing).
            .OrderBy(e => e.Route == "/account/logout").ThenBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

        var withoutPolicy = endpoints.Where(e => e.Policy == EndpointPolicy.None).Select(e => $"{e.Method} {e.Route}").ToList();
        Assert.True(withoutPolicy.Count == 0, "endpoints without a policy: " + string.Join(", ", withoutPolicy));

        var wrong = new List<string>();
        var calls = 0;
        foreach (var (route, method, policy) in endpoints)
        {
            var url = Samples.GetValueOrDefault(route) ?? (route.Contains('{', StringComparison.Ordinal)
                ? throw new Xunit.Sdk.XunitException($"{route} has parameters: give it a sample address in {nameof(Samples)}")
                : route);
            foreach (var caller in callers)
            {
                var expected = Expected(policy, method, caller) ?? throw new Xunit.Sdk.XunitException($"{method} {route}: the matrix does not know the policy '{policy}'");
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
                using var response = await caller.Client.SendAsync(request);
                calls++;
                var actual = Classify(response);
                // An open page may send a visitor on by itself (the second sign-in step without a first goes back to the
                // first): for it only a refusal by status counts.
                var agrees = policy == EndpointPolicy.Anonymous
                    ? response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                    : actual == expected;
                if (!agrees || (int)response.StatusCode >= 500)
                {
                    wrong.Add($"{method} {url} [{policy}] as {caller.Name}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        output.WriteLine($"{endpoints.Count} endpoints × {callers.Count} callers = {calls} calls; policies: " +
            string.Join(", ", endpoints.GroupBy(e => e.Policy).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {calls} calls answered against the policy:\n" + string.Join("\n", wrong));
        Assert.True(endpoints.Count >= 40, $"only {endpoints.Count} endpoints in the route table");
    }

    /// <summary>What a caller should hear from an endpoint of a policy; null for a policy this matrix does not know.</summary>
    private static Answer? Expected(string policy, string method, Caller caller)
    {
        var changes = method is not ("GET" or "HEAD");
        var signedIn = caller.IsKiosk || caller.Role is not null;
        Answer Roles(params string[] admitted) =>
            !signedIn ? Answer.NotSignedIn
            : caller.Role is not null && admitted.Contains(caller.Role) && !(changes && caller.ReadOnly) ? Answer.Served
            : Answer.Refused;

        return policy switch
        {
            EndpointPolicy.Anonymous => Answer.Served,
            AccessPolicies.Leader => Roles(Web.Features.Accounts.Roles.Leader, Web.Features.Accounts.Roles.Analyst, Web.Features.Accounts.Roles.Admin),
            AccessPolicies.Analyst => Roles(Web.Features.Accounts.Roles.Analyst, Web.Features.Accounts.Roles.Admin),
            AccessPolicies.Admin or "Analyst + Admin" => Roles(Web.Features.Accounts.Roles.Admin),
            // Every sample address of the wall asks for the main screen, the kiosk token's own.
            AccessPolicies.Wall => !signedIn ? Answer.NotSignedIn : Answer.Served,
            // [Authorize] alone: the password change, for people only.
            EndpointPolicy.Authenticated => !signedIn ? Answer.NotSignedIn : caller.IsKiosk || caller.ReadOnly ? Answer.Refused : Answer.Served,
            _ => null,
        };
    }

    private static Answer Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Answer.NotSignedIn,
            HttpStatusCode.Forbidden => Answer.Refused,
            HttpStatusCode.Redirect when location.Contains("/account/login", StringComparison.Ordinal) => Answer.NotSignedIn,
            HttpStatusCode.Redirect when location.Contains("/account/denied", StringComparison.Ordinal) => Answer.Refused,
            _ => Answer.Served,
        };
    }

    /// <summary>The method a caller uses: the endpoint's own, GET when it declares none (pages, the wall's hub, Hangfire's dashboard).</summary>
    private static string Method(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods
            ? methods.Contains("GET") ? "GET" : methods.Order(StringComparer.Ordinal).First()
            : "GET";

    private static async Task<List<Caller>> CallersAsync(AdminHost host)
    {
        var kiosk = host.AnonymousClient(followRedirects: false);
        kiosk.DefaultRequestHeaders.Add("Cookie", $"{TokenClaims.KioskCookie}={(await host.KioskTokenAsync("main", "tv-ma-tran")).Plaintext}");
        var script = host.AnonymousClient(followRedirects: false);
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await host.ApiTokenAsync("kich-ban", Web.Features.Accounts.Roles.Leader)).Plaintext);
        return
        [
            new("a stranger", host.AnonymousClient(followRedirects: false), IsKiosk: false, ReadOnly: false, Role: null),
            new("the main wall's kiosk token", kiosk, IsKiosk: true, ReadOnly: true, Role: null),
            new("a Leader API token", script, IsKiosk: false, ReadOnly: true, Role: Web.Features.Accounts.Roles.Leader),
            new("a Leader", await host.ClientAsync(followRedirects: false, role: Web.Features.Accounts.Roles.Leader), IsKiosk: false, ReadOnly: false, Role: Web.Features.Accounts.Roles.Leader),
            new("an Analyst", await host.ClientAsync(followRedirects: false, role: Web.Features.Accounts.Roles.Analyst), IsKiosk: false, ReadOnly: false, Role: Web.Features.Accounts.Roles.Analyst),
            new("an Admin", await host.ClientAsync(followRedirects: false, role: Web.Features.Accounts.Roles.Admin), IsKiosk: false, ReadOnly: false, Role: Web.Features.Accounts.Roles.Admin),
        ];
    }
}
