using IocDashboard.Integration.Tests.Infrastructure;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Feedback;

/// <summary>
/// Petitions (PAKN) from 2025 to the present: the new province's volume after the merger of 1 July 2025, each under a
/// unit valid on the day it was received.
/// </summary>
[Collection(SeededWarehouseGroup.Name)]
public sealed class FeedbackPresentTests(SeededWarehouse warehouse)
{
    private readonly HttpClient _client = warehouse.Client;

    [Fact]
    public async Task After_the_merger_the_province_receives_several_times_the_old_volume()
    {
        var old2024 = await _client.GetOkAsync("/api/feedback/summary?from=2024-01-01&to=2024-12-31");
        var year2026 = await _client.GetOkAsync("/api/feedback/summary?from=2026-01-01&to=2026-11-30");

        Assert.InRange(year2026.Long("received"), 3 * old2024.Long("received"), 6 * old2024.Long("received"));
        Assert.True(year2026.Long("answered") > year2026.Long("received") / 2);
        Assert.Equal(4, year2026.GetProperty("byChannel").EnumerateObject().Count());
    }

    [Fact]
    public async Task Every_petition_is_under_a_unit_valid_on_the_day_it_was_received()
    {
        await using var connection = new NpgsqlConnection(warehouse.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select count(*) filter (where not (u.valid_from <= d.day and (u.valid_to is null or d.day < u.valid_to))),
                   count(*) filter (where d.day >= date '2025-07-01'),
                   count(*) filter (where d.day >= date '2025-07-01' and u.kind = 'commune' and u.valid_from = date '2025-07-01'),
                   count(*) filter (where d.day >= date '2025-07-01' and u.kind not in ('agency', 'commune'))
            from core.feedback_items f
            join core.org_units u on u.id = f.unit_id
            cross join lateral (select (f.received_at at time zone 'Asia/Ho_Chi_Minh')::date as day) d
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();

        Assert.Equal(0, reader.GetInt64(0));
        Assert.True(reader.GetInt64(1) > 2000);
        Assert.True(reader.GetInt64(2) > reader.GetInt64(1) / 2, "most petitions after the merger concern the new communes and wards");
        Assert.Equal(0, reader.GetInt64(3));
    }
}
