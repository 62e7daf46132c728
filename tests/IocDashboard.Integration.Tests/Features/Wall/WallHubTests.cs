using IocDashboard.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using System.Text.Json;
using Npgsql;
using static IocDashboard.Integration.Tests.Infrastructure.WallHubClient;

namespace IocDashboard.Integration.Tests.Features.Wall;

/// <summary>The wall hub through the SignalR .NET client, on the seeded warehouse, the app's clock at 31 October 2024, 14:00.</summary>
[Collection(SeededWarehouseGroup.Name)]
public sealed class WallHubTests(SeededWarehouse warehouse) : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly DashboardFactory _factory = new(warehouse.ConnectionString, new Dictionary<string, string?> { ["Clock:Now"] = "2024-10-31T14:00:00+07:00" });

    public Task InitializeAsync()
    {
        _ = _factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_screen_gets_a_snapshot_with_the_figures_the_API_gives()
    {
        await using var wall = await ConnectAsync(_factory.Server, "main", Wait, bearer: DashboardFactory.ReaderToken(warehouse.ConnectionString));

        var snapshot = await wall.NextSnapshotAsync(Wait);

        Assert.Equal("main", snapshot.Screen);
        Assert.Equal(0, snapshot.Sequence);
        var tasks = Panel(snapshot.Panels, "tasks");
        Assert.Equal((176, 49, 5, 89, 4, 29), (tasks.Long("total"), tasks.Long("inProgressOnTime"), tasks.Long("inProgressOverdue"),
            tasks.Long("completedOnTime"), tasks.Long("completedLate"), tasks.Long("completedAwaitingConfirmation")));
        Assert.Equal(5, tasks.GetProperty("overdue").GetArrayLength());
        Assert.Equal("9/16 chỉ tiêu đạt", Panel(snapshot.Panels, "indicators").Text("achievedText"));

        using var http = _factory.CreateClient();
        var recent = (await http.GetOkAsync("/api/dossiers/workload?from=2024-10-02&to=2024-10-31")).GetProperty("total");
        var yearToDate = (await http.GetOkAsync("/api/dossiers/workload?from=2024-01-01&to=2024-10-31")).GetProperty("total");
        var dossiers = Panel(snapshot.Panels, "dossiers");
        Assert.Equal(recent.Text("onTimeRateText"), dossiers.GetProperty("recent").Text("onTimeRateText"));
        Assert.Equal(recent.Long("received"), dossiers.GetProperty("recent").Long("received"));
        Assert.Equal(yearToDate.Text("onTimeRateText"), dossiers.GetProperty("yearToDate").Text("onTimeRateText"));
        Assert.Equal(yearToDate.Long("resolved"), dossiers.GetProperty("yearToDate").Long("resolved"));
        Assert.Equal("district", dossiers.GetProperty("local").Text("kind"));
        Assert.Equal(9, dossiers.GetProperty("local").GetProperty("units").GetArrayLength());
        var months = dossiers.GetProperty("trend").GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(12, months.Count);
        var september = (await http.GetOkAsync("/api/dossiers/workload?from=2024-09-01&to=2024-09-30")).GetProperty("total");
        Assert.Equal(september.Text("onTimeRateText"), months.Single(m => m.Text("month") == "2024-09").Text("onTimeRateText"));
        Assert.Equal(september.Long("received"), months.Single(m => m.Text("month") == "2024-09").Long("received"));
        Assert.Equal(JsonValueKind.Null, dossiers.GetProperty("trend").GetProperty("scopeChangedText").ValueKind);

        var feedback = Panel(snapshot.Panels, "feedback");
        var feedbackApi = await http.GetOkAsync("/api/feedback/summary?from=2024-01-01&to=2024-10-31");
        Assert.Equal(feedbackApi.Long("received"), feedback.GetProperty("yearToDate").Long("received"));
        Assert.Equal(feedbackApi.Text("resolutionRateText"), feedback.GetProperty("yearToDate").Text("resolutionRateText"));
        Assert.Equal("2024-10-02", feedback.GetProperty("recent").Text("from"));
        Assert.Equal(0.95, snapshot.Config.Thresholds.Green);
    }

    [Fact]
    public async Task A_change_notification_pushes_only_the_touched_panels_with_the_next_sequence_number()
    {
        await using var wall = await ConnectAsync(_factory.Server, "main", Wait, bearer: DashboardFactory.ReaderToken(warehouse.ConnectionString));
        var snapshot = await wall.NextSnapshotAsync(Wait);

        await using (var connection = new NpgsqlConnection(warehouse.ConnectionString))
        {
            await connection.OpenAsync();
            await using var notify = new NpgsqlCommand("""select pg_notify('ioc_changes', '{"source":"nhiemvu","kind":"tasks","units":["SNV"]}')""", connection);
            await notify.ExecuteNonQueryAsync();
        }

        var update = await wall.NextUpdateAsync(Wait);
        Assert.Equal("main", update.Screen);
        Assert.Equal(snapshot.Sequence + 1, update.Sequence);
        Assert.Equal(["sources", "tasks"], update.Panels.Keys.Order());
        Assert.Equal(176, Panel(update.Panels, "tasks").Long("total"));
    }

    [Fact]
    public async Task A_client_can_ask_for_a_fresh_snapshot()
    {
        await using var wall = await ConnectAsync(_factory.Server, "hanh-chinh", Wait, bearer: DashboardFactory.ReaderToken(warehouse.ConnectionString));
        await wall.NextSnapshotAsync(Wait);

        await wall.RequestSnapshotAsync();

        var again = await wall.NextSnapshotAsync(Wait);
        Assert.Equal("hanh-chinh", again.Screen);
        Assert.Equal(["dossiers", "units"], again.Config.Pages);
    }

    [Fact]
    public async Task An_unknown_screen_is_refused()
    {
        await using var wall = await ConnectAsync(_factory.Server, "nowhere", Wait, bearer: DashboardFactory.ReaderToken(warehouse.ConnectionString));

        var error = await wall.ClosedAsync(Wait);

        Assert.Contains("unknown screen 'nowhere'", Assert.IsType<HubException>(error).Message, StringComparison.Ordinal);
    }
}
