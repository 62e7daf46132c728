using System.Net;
using System.Text.Json;
using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Security;

/// <summary>The security headers on every kind of response, and the rate limits of the API and of sign-in.</summary>
[Collection(PresentWarehouseGroup.Name)]
public sealed class HardeningTests(PresentWarehouse warehouse)
{
    [Theory]
    [InlineData("/", 200)]
    [InlineData("/meeting", 200)]
    [InlineData("/wall?screen=main", 200)]
    [InlineData("/api/meeting/period", 200)]
    [InlineData("/api/meeting/period?period=nonsense", 400)]
    [InlineData("/no-such-page", 404)]
    [InlineData("/wall/js/main.js", 200)]
    public async Task Every_response_carries_the_security_headers(string path, int status)
    {
        await using var factory = new DashboardFactory(warehouse.ConnectionString);
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(status, (int)response.StatusCode);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var scripts = csp.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scripts);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task The_api_answers_429_with_problem_details_and_retry_after_past_the_callers_limit_and_pages_stay_open()
    {
        await using var factory = new DashboardFactory(warehouse.ConnectionString, new Dictionary<string, string?> { ["RateLimits:ApiPerMinute"] = "3" });
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync(new Uri("/api/meeting/period", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync(new Uri("/api/meeting/period", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());

        using var page = await client.GetAsync(new Uri("/meeting", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_past_the_limit_answer_429_whatever_they_carry()
    {
        await using var factory = new DashboardFactory(warehouse.ConnectionString, new Dictionary<string, string?> { ["RateLimits:SignInPerMinute"] = "2" });
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "ai-do", ["Password"] = "doan-mo-" + i });
            using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }
}
