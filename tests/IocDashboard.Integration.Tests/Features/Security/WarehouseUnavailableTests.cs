using System.Net;
using System.Net.Http.Headers;
using IocDashboard.Integration.Tests.Features.Accounts;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Web.Features.Tokens;

namespace IocDashboard.Integration.Tests.Features.Security;

/// <summary>A request that needs the warehouse while it cannot be reached gets 503 with Retry-After, not 500.</summary>
public sealed class WarehouseUnavailableTests
{
    [Fact]
    public async Task A_token_that_cannot_be_looked_up_gets_503_problem_details_with_retry_after()
    {
        await using var factory = new DashboardFactory("Host=127.0.0.1;Port=1;Username=postgres;Timeout=2");
        using var client = AccountsRig.AnonymousClient(factory, followRedirects: false);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenSecret.New(TokenKind.Api));

        using var response = await client.GetAsync(new Uri("/api/sources", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(10), response.Headers.RetryAfter?.Delta);
        Assert.Contains("Kho dữ liệu tạm thời không truy cập được", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
