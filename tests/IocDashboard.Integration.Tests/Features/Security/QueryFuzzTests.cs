using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IocDashboard.Integration.Tests.Features.Security;

/// <summary>
/// Every GET of the API, and the two print views, fed fuzzed route values and query strings: no answer is a 5xx, and
/// a 4xx is problem details, a 400 naming one of the endpoint's own parameters. The endpoints and their parameters are
/// read from the running app, so a new one is fuzzed too. Every random choice comes from one seed, printed with any
/// failure; IOC_FUZZ_SEED=n runs the test with another (the same seed sends the same requests again).
/// </summary>
public sealed class QueryFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20_261_201;
    private const int RandomCasesPerEndpoint = 20;

    /// <summary>
    /// The PDFs are printed by Chromium (/usr/bin/chromium, which ./test.sh installs: about a second a print on this
    /// machine, more for the first launch), so they get only a few cases, each carrying a value no parameter accepts:
    /// those are refused before anything is printed. The app answers 503 when Chromium is missing, but these requests
    /// never reach the printer, so a 503 here is a failure like any 5xx. Printing itself is covered by ReportPdfTests
    /// and MeetingPrintTests.
    /// </summary>
    private const int RandomCasesPerPdfEndpoint = 3;

    [Fact]
    public async Task Fuzzed_route_values_and_query_strings_never_get_a_5xx_and_refusals_name_a_parameter()
    {
        var seed = Environment.GetEnvironmentVariable("IOC_FUZZ_SEED") is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : DefaultSeed;
        var random = new Random(seed);
        // An empty warehouse with its dimensions (org units, indicators, procedure fields): parameters are checked
        // against them, and every query then runs over no facts, the edge the seeded tests do not reach. The API's rate
        // limit is lifted: all the requests come from one address within a minute, and the limit is not under test.
        await using var host = await AdminHost.StartAsync(
            "ioc_fuzz_query", seedDimensions: true, settings: new Dictionary<string, string?> { ["RateLimits:ApiPerMinute"] = "1000000" });
        var endpoints = FuzzedEndpoint.Discover(host.Factory.Services.GetRequiredService<EndpointDataSource>(), IsFuzzed);
        AssertDiscovered(endpoints);

        var offenders = new List<string>();
        var malformedRefusals = new List<string>();
        var sent = 0;
        var statuses = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        foreach (var endpoint in endpoints)
        {
            foreach (var (path, query) in QueryFuzzCases.For(endpoint, random, IsPdf(endpoint) ? RandomCasesPerPdfEndpoint : RandomCasesPerEndpoint, IsPdf(endpoint)))
            {
                sent++;
                var url = path + query;
                Answer answer;
                try
                {
                    answer = await GetAsync(host, path, query);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    offenders.Add($"{Head(url)} → threw {e.GetType().Name}: {Head(e.Message)}");
                    continue;
                }

                statuses[answer.Status] = statuses.GetValueOrDefault(answer.Status) + 1;
                if (answer.Status >= 500)
                {
                    offenders.Add($"{Head(url)} → {answer.Status}: {Head(answer.Body)}");
                }
                else if (answer.Status >= 400 && WhatIsWrongWithTheRefusal(answer, endpoint) is { } wrong)
                {
                    malformedRefusals.Add($"{Head(url)} → {answer.Status} {answer.ContentType}: {wrong}: {Head(answer.Body)}");
                }
            }
        }

        output.WriteLine($"seed {seed}: {sent} requests to {endpoints.Count} endpoints in {clock.Elapsed.TotalSeconds:0.0} s; "
            + string.Join(", ", statuses.Select(s => $"{s.Value} × {s.Key}")));
        Assert.True(offenders.Count == 0, $"seed {seed}: {offenders.Count} of {sent} requests got a 5xx:\n{string.Join('\n', offenders)}");
        Assert.True(malformedRefusals.Count == 0, $"seed {seed}: {malformedRefusals.Count} refusals are not problem details naming a parameter:\n{string.Join('\n', malformedRefusals)}");
    }

    private static bool IsFuzzed(string pattern) =>
        pattern.StartsWith("/api/", StringComparison.Ordinal) || pattern is "/meeting/print" or "/reports/{period}/print";

    private static bool IsPdf(FuzzedEndpoint endpoint) => endpoint.Pattern.EndsWith(".pdf", StringComparison.Ordinal);

    /// <summary>The discovery found the endpoints and read their parameters (else the test would pass fuzzing nothing).</summary>
    private static void AssertDiscovered(IReadOnlyList<FuzzedEndpoint> endpoints)
    {
        var patterns = endpoints.Select(e => e.Pattern).ToList();
        foreach (var expected in new[]
        {
            "/api/reports/{period}.xlsx", "/api/reports/{period}.pdf", "/api/charts/{chart}.{format}", "/api/reports/archive/{id:long}",
            "/api/meeting.pdf", "/meeting/print", "/reports/{period}/print", "/api/dossiers/workload",
        })
        {
            Assert.Contains(expected, patterns);
        }

        Assert.Equal(["from", "level", "scope", "to", "unit"], endpoints.Single(e => e.Pattern == "/api/dossiers/summary").QueryParameters.Order(StringComparer.Ordinal));
        Assert.Contains("Width", endpoints.Single(e => e.Pattern == "/api/charts/{chart}.{format}").QueryParameters);
        Assert.Equal(["chart", "format"], endpoints.Single(e => e.Pattern == "/api/charts/{chart}.{format}").RouteParameters);
    }

    /// <summary>Null when a 4xx is what the app promises: problem details, and for a 400 an error under one of the endpoint's parameters.</summary>
    private static string? WhatIsWrongWithTheRefusal(Answer answer, FuzzedEndpoint endpoint)
    {
        if (answer.ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) != true)
        {
            return "not problem+json";
        }

        if (answer.Status != StatusCodes.Status400BadRequest)
        {
            return null;
        }

        using var problem = JsonDocument.Parse(answer.Body);
        if (!problem.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            return "a 400 without errors";
        }

        var named = errors.EnumerateObject().Select(e => e.Name).ToList();
        return named.Any(n => endpoint.Parameters.Contains(n, StringComparer.OrdinalIgnoreCase))
            ? null
            : $"errors name [{string.Join(", ", named)}], none of the endpoint's parameters";
    }

    /// <summary>
    /// The one way this test sends a request, as a script with the database's read-only API token.
    /// Through the test server's own request rather than an HttpClient: System.Uri re-escapes a malformed "%zz" as
    /// "%25zz", so the raw query strings a browser or curl can send would never reach the app.
    /// </summary>
    private static async Task<Answer> GetAsync(AdminHost host, string path, string query)
    {
        var context = await host.Factory.Server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Scheme = "http";
            request.Request.Host = new HostString("localhost");
            request.Request.Path = new PathString(path);
            request.Request.QueryString = new QueryString(query);
            request.Request.Headers.Authorization = "Bearer " + DashboardFactory.ReaderToken(host.ConnectionString);
        });
        using var body = new StreamReader(context.Response.Body);
        return new Answer(context.Response.StatusCode, context.Response.ContentType, await body.ReadToEndAsync());
    }

    private static string Head(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} characters)";

    private sealed record Answer(int Status, string? ContentType, string Body);
}
