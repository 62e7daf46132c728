using System.Net;
using System.Text.Json;
using IocDashboard.SourceSimulator.Hosting;
using IocDashboard.SourceSimulator.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace IocDashboard.SourceSimulator.Tests.Feeds;

[Collection(WindowedGroup.Name)]
public sealed class AccessTests(WindowedSimulator simulator)
{
    [Theory]
    [InlineData("/motcua-703/changes")]
    [InlineData("/api/sources")]
    [InlineData("/admin/faults")]
    [InlineData("/chitieu/template.xlsx")]
    public async Task Requests_without_the_api_key_get_401_problem_details(string path)
    {
        await simulator.ReadyClientAsync();
        using var anonymous = simulator.CreateClient();
        using var wrong = simulator.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "wrong");

        using var missing = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
        using var bad = await wrong.GetAsync(new Uri(path, UriKind.Relative));

        foreach (var response in new[] { missing, bad })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task Health_needs_no_key_and_says_ready()
    {
        await simulator.ReadyClientAsync();
        using var anonymous = simulator.CreateClient();

        var body = await anonymous.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal("""{"status":"ready"}""", body);
    }

    [Fact]
    public void Health_is_503_loading_until_the_data_is_published()
    {
        var data = new SimulatorData();

        var result = HealthApi.GetHealth(data);

        var status = Assert.IsAssignableFrom<IStatusCodeHttpResult>(result);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, status.StatusCode);
        Assert.Equal("loading", Assert.IsType<HealthStatus>(Assert.IsAssignableFrom<IValueHttpResult>(result).Value).Status);
    }
}
