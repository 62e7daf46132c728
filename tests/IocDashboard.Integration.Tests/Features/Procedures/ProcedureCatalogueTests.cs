using IocDashboard.Integration.Tests.Infrastructure;

namespace IocDashboard.Integration.Tests.Features.Procedures;

/// <summary>
/// GET /api/procedures/summary after the 2025 reorganisation: the district level's procedures passed to the communes
/// on 1 July 2025, and on 31 December 2025 1,134 of the 1,192 procedures that qualify for full-process online service
/// were provided so (95.13%, the province's published figure F13).
/// </summary>
public sealed class ProcedureCatalogueTests(ReferenceWarehouse warehouse) : IClassFixture<ReferenceWarehouse>
{
    private readonly HttpClient _client = warehouse.Client;

    [Fact]
    public async Task F13_procedures_provided_fully_online_of_those_that_qualify_on_31_December_2025()
    {
        var p = await _client.GetOkAsync("/api/procedures/summary?asOf=2025-12-31");

        Assert.Equal(1192, p.Long("fullOnlineEligible"));
        Assert.Equal(1134, p.Long("fullOnlineProvided"));
        Assert.Equal(0.951342, p.GetProperty("fullOnlineRate").GetDouble());
        Assert.Equal("95,13%", p.Text("fullOnlineRateText"));
        Assert.Equal(0, p.GetProperty("byLevel").Long("district"));
        Assert.True(p.Long("fullOnlineProvided") <= p.GetProperty("byOnlineLevel").Long("level4"));
    }

    [Fact]
    public async Task The_district_level_procedures_pass_to_the_communes_on_1_July_2025()
    {
        var before = (await _client.GetOkAsync("/api/procedures/summary?asOf=2025-06-30")).GetProperty("byLevel");
        var after = (await _client.GetOkAsync("/api/procedures/summary?asOf=2025-07-01")).GetProperty("byLevel");

        Assert.True(before.Long("district") > 200);
        Assert.Equal(0, after.Long("district"));
        Assert.Equal(before.Long("province"), after.Long("province"));
        // Each district procedure has a commune-level counterpart, but for the few the communes already had.
        Assert.InRange(after.Long("commune") - before.Long("commune"), before.Long("district") * 9 / 10, before.Long("district"));
    }

    [Fact]
    public async Task The_share_provided_fully_online_rises_during_2026()
    {
        var end2025 = await _client.GetOkAsync("/api/procedures/summary?asOf=2025-12-31");
        var now = await _client.GetOkAsync("/api/procedures/summary?asOf=2026-11-30");

        Assert.Equal(end2025.Long("fullOnlineEligible"), now.Long("fullOnlineEligible"));
        Assert.True(now.GetProperty("fullOnlineRate").GetDouble() > end2025.GetProperty("fullOnlineRate").GetDouble());
        Assert.True(now.GetProperty("fullOnlineRate").GetDouble() < 1.0);
    }
}
