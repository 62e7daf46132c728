using IocDashboard.Integration.Tests.Infrastructure;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Wall;

/// <summary>The wall hub over the raw SignalR JSON protocol, on the seeded warehouse, as of 31 October 2024.</summary>
[Collection(SeededWarehouseGroup.Name)]
public sealed class WallHubTests(SeededWarehouse warehouse) : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly DashboardFactory _factory = new(warehouse.ConnectionString, new Dictionary<string, string?> { ["Wall:AsOf"] = "2024-10-31" });

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
        await using var wall = await SignalRJsonClient.ConnectAsync(_factory.Server, "/hubs/wall", "screen=main");

        var snapshot = await wall.ReceiveAsync("snapshot", Wait);

        Assert.Equal("main", snapshot.Text("screen"));
        Assert.Equal(0, snapshot.Long("sequence"));
        var tasks = snapshot.GetProperty("panels").GetProperty("tasks");
        Assert.Equal((176, 49, 5, 89, 4, 29), (tasks.Long("total"), tasks.Long("inProgressOnTime"), tasks.Long("inProgressOverdue"),
            tasks.Long("completedOnTime"), tasks.Long("completedLate"), tasks.Long("completedAwaitingConfirmation")));
        Assert.Equal(5, tasks.GetProperty("overdue").GetArrayLength());
        Assert.Equal("9/16 chỉ tiêu đạt", snapshot.GetProperty("panels").GetProperty("indicators").Text("achievedText"));

        using var http = _factory.CreateClient();
        var api = await http.GetOkAsync("/api/dossiers/summary?from=2024-01-01&to=2024-10-31");
        var dossiers = snapshot.GetProperty("panels").GetProperty("dossiers");
        Assert.Equal(api.Text("onTimeShareOfReceivedText"), dossiers.GetProperty("summary").Text("onTimeShareOfReceivedText"));
        Assert.Equal(api.Long("received"), dossiers.GetProperty("summary").Long("received"));
        Assert.Equal(9, dossiers.GetProperty("districts").GetArrayLength());
        Assert.Equal(12, dossiers.GetProperty("trend").GetArrayLength());
        Assert.Equal(0.95, snapshot.GetProperty("config").GetProperty("thresholds").GetProperty("green").GetDouble());
    }

    [Fact]
    public async Task A_change_notification_pushes_only_the_touched_panels_with_the_next_sequence_number()
    {
        await using var wall = await SignalRJsonClient.ConnectAsync(_factory.Server, "/hubs/wall", "screen=main");
        var snapshot = await wall.ReceiveAsync("snapshot", Wait);

        await using (var connection = new NpgsqlConnection(warehouse.ConnectionString))
        {
            await connection.OpenAsync();
            await using var notify = new NpgsqlCommand("""select pg_notify('ioc_changes', '{"source":"nhiemvu","kind":"tasks","units":["SNV"]}')""", connection);
            await notify.ExecuteNonQueryAsync();
        }

        var update = await wall.ReceiveAsync("panelsChanged", Wait);
        Assert.Equal(snapshot.Long("sequence") + 1, update.Long("sequence"));
        var panels = update.GetProperty("panels").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["sources", "tasks"], panels);
        Assert.Equal(176, update.GetProperty("panels").GetProperty("tasks").Long("total"));
    }

    [Fact]
    public async Task A_client_can_ask_for_a_fresh_snapshot()
    {
        await using var wall = await SignalRJsonClient.ConnectAsync(_factory.Server, "/hubs/wall", "screen=hanh-chinh");
        await wall.ReceiveAsync("snapshot", Wait);

        await wall.SendAsync("RequestSnapshot");

        var again = await wall.ReceiveAsync("snapshot", Wait);
        Assert.Equal("hanh-chinh", again.Text("screen"));
        Assert.Equal(["dossiers"], again.GetProperty("config").GetProperty("pages").EnumerateArray().Select(p => p.GetString()!));
    }

    [Fact]
    public async Task An_unknown_screen_is_refused()
    {
        await using var wall = await SignalRJsonClient.ConnectAsync(_factory.Server, "/hubs/wall", "screen=nowhere");

        var close = await wall.NextAsync(Wait);

        Assert.Equal(7, close.GetProperty("type").GetInt32());
    }
}
