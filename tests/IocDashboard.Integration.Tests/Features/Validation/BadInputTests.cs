using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Validation;

/// <summary>Every bad query answers 400 with RFC 7807 problem details naming the parameter, never a 500.</summary>
[Collection(SeededWarehouseGroup.Name)]
public sealed class BadInputTests(SeededWarehouse warehouse)
{
    [Theory]
    [InlineData("/api/dossiers/summary?to=2024-09-30", "from")]
    [InlineData("/api/dossiers/summary?from=2024-01-01", "to")]
    [InlineData("/api/dossiers/summary?from=2024-13-01&to=2024-12-31", "from")]
    [InlineData("/api/dossiers/summary?from=01/01/2024&to=2024-12-31", "from")]
    [InlineData("/api/dossiers/summary?from=2024-01-01&to=2024-02-30", "to")]
    [InlineData("/api/dossiers/summary?from=2024-09-30&to=2024-01-01", "from")]
    [InlineData("/api/dossiers/summary?from=2010-01-01&to=2024-12-31", "to")]
    [InlineData("/api/dossiers/summary?from=2024-01-01&to=2024-09-30&unit=NOPE", "unit")]
    [InlineData("/api/dossiers/summary?from=2024-01-01&to=2024-09-30&level=region", "level")]
    [InlineData("/api/dossiers/summary?from=2024-01-01&to=2024-09-30&scope=everything", "scope")]
    [InlineData("/api/dossiers/by-field?from=2024-01-01&to=2024-09-30&unit=%27;drop%20table", "unit")]
    [InlineData("/api/tasks/summary?asOf=yesterday", "asOf")]
    [InlineData("/api/tasks?asOf=2024-10-31&status=done", "status")]
    [InlineData("/api/tasks?asOf=2024-10-31&area=XX", "area")]
    [InlineData("/api/tasks?asOf=2024-10-31&agency=XX", "agency")]
    [InlineData("/api/indicators?asOf=2024-10-32", "asOf")]
    [InlineData("/api/feedback/summary?from=2024-01-01&to=2023-01-01", "from")]
    [InlineData("/api/procedures/summary?asOf=2020", "asOf")]
    [InlineData("/api/org-units?asOf=x", "asOf")]
    public async Task Answers_400_problem_details_naming_the_parameter(string url, string parameter)
    {
        var (status, contentType, body) = await warehouse.Client.GetJsonAsync(url);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out var messages), body.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
    }

    [Fact]
    public async Task Unknown_route_is_a_problem_details_404()
    {
        var (status, contentType, _) = await warehouse.Client.GetJsonAsync("/api/nothing-here");

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
    }
}
