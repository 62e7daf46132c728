using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IocDashboard.EndToEnd.Tests.Infrastructure;
using IocDashboard.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using Npgsql;

namespace IocDashboard.EndToEnd.Tests.Wall;

/// <summary>
/// A wall left alone survives a database outage: the screen keeps its last data (never blank), the server stays
/// up, and once the database is back the wall is live again without anyone reloading the page.
/// </summary>
/// <remarks>
/// The outage is the rig's database only. Tests of one xunit collection never run side by side, so no other
/// test sees it; it is ended (and this process's dead pooled connections dropped) even when an assertion fails.
/// </remarks>
[Collection(WallRigGroup.Name)]
public sealed class WallDatabaseOutageTests(WallRig rig)
{
    /// <summary>Figures of every page: the page is pinned to one, but all panels are rendered.</summary>
    private static readonly string[] Figures =
        ["tasks-total", "tasks-inProgressOverdue", "tasks-completedOnTime", "indicators-achieved", "dossiers-recent-received", "dossiers-recent-rate", "feedback-recent-received"];

    /// <summary>
    /// ChangeListener retries after 1 s, 2 s, 5 s, then every 10 s: in 12 s it loses its session and is refused
    /// at least three times, and comes back at most 10 s after the outage ends.
    /// </summary>
    private static readonly TimeSpan OutageLength = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task During_a_database_outage_the_wall_keeps_its_data_and_comes_back_live_by_itself()
    {
        await using var app = await rig.StartAppAsync();
        using var api = await rig.Visitors.ApiAsync(app.BaseAddress);
        var page = await rig.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var errors = new List<string>();
        CollectErrors(page, errors);
        await OpenAsync(page, app, rig.Visitors);
        var shown = await FiguresAsync(page);
        Assert.Equal("176", shown["tasks-total"]);
        Assert.All(shown, f => Assert.False(string.IsNullOrEmpty(f.Value) || f.Value == "–", $"{f.Key} not rendered"));
        var sequence = await SequenceAsync(page);
        // The script's token in use before the outage, as a monitoring script's is: this node knows it live.
        using (var warm = await api.GetAsync(new Uri("/wall", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        // The database goes away in the middle of a recomputation (as it would while sources are syncing): the
        // tasks panel's query is held by a lock until the outage terminates it.
        await using var holder = await HoldTasksAsync();
        await ExecuteAsync("""select pg_notify('ioc_changes', '{"source":"nhiemvu","kind":"tasks"}')""");
        await WaitUntilAsync(async () => await DatabaseOutage.SessionsAsync(rig.ConnectionString, "wait_event_type = 'Lock'") > 0,
            TimeSpan.FromSeconds(15), "the tasks panel was not recomputed after the notification");
        await using (var outage = await DatabaseOutage.BeginAsync(rig.ConnectionString))
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ConnectAsync(rig.ConnectionString));
            Assert.Equal(PostgresErrorCodes.ObjectNotInPrerequisiteState, refused.SqlState); // "not currently accepting connections"

            for (var waited = TimeSpan.Zero; waited < OutageLength; waited += TimeSpan.FromSeconds(1))
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                Assert.False(app.HasExited, $"the server died during the outage:\n{app.Output}");
                Assert.Equal(shown, await FiguresAsync(page));
            }

            Assert.True(Occurrences(app.Output, "Lost the ioc_changes listener") >= 2, $"the listener did not fail and retry:\n{app.Output}");
            var recomputations = Occurrences(app.Output, "Could not recompute");
            Assert.True(recomputations is >= 1 and <= 4, $"the recomputation in flight should fail, then be retried every 10 s, not in a loop ({recomputations} failures):\n{app.Output}");
            // The read-only token last found live on this node still opens the wall: the database cannot say otherwise now.
            using (var wall = await api.GetAsync(new Uri("/wall", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
            }

            // A screen that starts now (a wall PC rebooted during the outage) gets the last data as well.
            var late = await rig.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
            CollectErrors(late, errors);
            await OpenAsync(late, app, rig.Visitors);
            Assert.Equal(shown, await FiguresAsync(late));
            await late.CloseAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SeededWallRig.Artifacts, "database-outage-1920x1080.png") });
        }

        // The listener LISTENs again and republishes every panel, since notifications sent meanwhile were lost.
        await WaitUntilAsync(async () => await DatabaseOutage.SessionsAsync(rig.ConnectionString, "query ilike 'listen %'") == 1, TimeSpan.FromSeconds(60), "the listener never came back");
        await page.WaitForFunctionAsync($"() => Number(document.querySelector('[data-testid=\"last-sequence\"]')?.textContent) > {sequence}",
            null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        Assert.Equal(shown, await FiguresAsync(page));

        // And a change is pushed again: the tracker reports an overdue task completed.
        var overdue = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/tasks?asOf=2024-10-31&status=inProgressOverdue", UriKind.Relative));
        var before = overdue.GetProperty("count").GetInt32();
        Assert.Equal(before.ToString(System.Globalization.CultureInfo.InvariantCulture), shown["tasks-inProgressOverdue"]);
        var code = overdue.GetProperty("items")[0].GetProperty("code").GetString()!;
        try
        {
            await ExecuteAsync("""
                insert into core.reform_task_events (task_id, kind, occurred_on) select id, 'completionReported', '2024-10-30' from core.reform_tasks where code = @code;
                select pg_notify('ioc_changes', '{"source":"nhiemvu","kind":"tasks"}');
                """, code);
            await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=\"tasks-inProgressOverdue\"]')?.textContent.trim() === '{before - 1}'",
                null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        }
        finally
        {
            await ExecuteAsync("""
                delete from core.reform_task_events e using core.reform_tasks t where t.id = e.task_id and t.code = @code and e.occurred_on = '2024-10-30';
                select pg_notify('ioc_changes', '{"source":"nhiemvu","kind":"tasks"}');
                """, code);
        }

        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=\"tasks-inProgressOverdue\"]')?.textContent.trim() === '{before}'",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.False(app.HasExited, app.Output);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    private static async Task OpenAsync(IPage page, ProcessHost app, Visitors visitors)
    {
        await page.GotoAsync(await visitors.KioskLinkAsync(app.BaseAddress, "screen=main&kiosk=1&page=tasks"));
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=\"tasks-total\"]')?.textContent.trim() === '176'",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
    }

    /// <summary>Adds the page's console errors and uncaught exceptions to <paramref name="errors"/> as they happen.</summary>
    private static void CollectErrors(IPage page, List<string> errors)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
    }

    private static Task<Dictionary<string, string>> FiguresAsync(IPage page) =>
        page.EvaluateAsync<Dictionary<string, string>>(
            "ids => Object.fromEntries(ids.map(id => [id, document.querySelector(`[data-testid=\"${id}\"]`)?.textContent.trim() ?? '']))", Figures);

    private static async Task<long> SequenceAsync(IPage page) =>
        long.Parse((await page.Locator("[data-testid=\"last-sequence\"]").TextContentAsync())!.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(250);
        }
    }

    /// <summary>A new session, never one from the pool (which would hide a refused connection).</summary>
    private static async Task ConnectAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(Unpooled(connectionString));
        await connection.OpenAsync();
    }

    /// <summary>A session that holds an exclusive lock on the tasks until it is disposed (or terminated).</summary>
    private async Task<NpgsqlConnection> HoldTasksAsync()
    {
        // Unpooled: the outage breaks it, and a broken connection must not go back to this process's pool.
        var connection = new NpgsqlConnection(Unpooled(rig.ConnectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("begin; lock table core.reform_tasks in access exclusive mode", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    private async Task ExecuteAsync(string sql, string? code = null)
    {
        await using var connection = new NpgsqlConnection(rig.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (code is not null)
        {
            command.Parameters.AddWithValue("code", code);
        }

        await command.ExecuteNonQueryAsync();
    }
}
