using Hangfire;
using Hangfire.Server;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Ingestion;

/// <summary>
/// Two app hosts on one database share Hangfire's storage: every occurrence of every recurring job runs once, on one
/// of them. Decided by the counts, whatever the machine's load: the test waits for enough occurrences, stops the
/// schedules, waits until nothing is queued or running, and only then compares runs with distinct occurrences.
/// </summary>
public sealed class ClusterTests
{
    private static readonly string[] JobNames = ["a", "b", "c"];
    private const int OccurrencesOfEach = 3;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Two_hosts_run_each_scheduled_occurrence_exactly_once()
    {
        await using var database = await TestDatabase.CreateAsync("ioc_cluster");
        await using (var migrator = new DashboardFactory(database.ConnectionString))
        {
            await migrator.Services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
        }

        await ExecuteAsync(database.ConnectionString,
            "create table public.firings (job text not null, occurrence bigint not null, server text not null)");

        var settings = SchedulerSettings.WithoutConfiguredSources();
        await using var first = new DashboardFactory(database.ConnectionString, settings);
        await using var second = new DashboardFactory(database.ConnectionString, settings);
        var monitoring = first.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        _ = second.Services;
        await SchedulerSettings.WaitUntilAsync(
            () => Task.FromResult(monitoring.Servers().Count == 2), Patience, () => $"{monitoring.Servers().Count} Hangfire servers registered");

        var recurring = first.Services.GetRequiredService<IRecurringJobManagerV2>();
        foreach (var name in JobNames)
        {
            recurring.AddOrUpdate(name, () => FiringRecorder.RecordAsync(name, database.ConnectionString, null), "* * * * * *", new RecurringJobOptions());
        }

        await SchedulerSettings.WaitUntilAsync(
            async () => await ScalarAsync(database.ConnectionString,
                $"select count(*) from (select job from public.firings group by job having count(distinct occurrence) >= {OccurrencesOfEach}) as t") == JobNames.Length,
            Patience, () => $"{OccurrencesOfEach} occurrences of each of {JobNames.Length} jobs");

        foreach (var name in JobNames)
        {
            recurring.RemoveIfExists(name);
        }

        // Nothing left in flight: a host stopped under a running job hands it back to the queue, a retry by design
        // that is not what this test measures.
        await SchedulerSettings.WaitUntilAsync(
            () => Task.FromResult(monitoring.EnqueuedCount("default") == 0 && monitoring.ProcessingCount() == 0 && monitoring.ScheduledCount() == 0),
            Patience, () => $"{monitoring.EnqueuedCount("default")} queued, {monitoring.ProcessingCount()} running");
        await first.DisposeAsync();
        await second.DisposeAsync();

        var runs = await ScalarAsync(database.ConnectionString, "select count(*) from public.firings");
        var occurrences = await ScalarAsync(database.ConnectionString, "select count(distinct (job, occurrence)) from public.firings");
        Assert.True(runs >= JobNames.Length * OccurrencesOfEach, $"only {runs} runs");
        Assert.Equal(occurrences, runs);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Records each run: its job, the occurrence it was scheduled for (Hangfire's "Time" parameter) and the server.</summary>
    public static class FiringRecorder
    {
        public static async Task RecordAsync(string job, string connectionString, PerformContext? context)
        {
            ArgumentNullException.ThrowIfNull(context);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("insert into public.firings values (@job, @occurrence, @server)", connection);
            insert.Parameters.AddWithValue("job", job);
            insert.Parameters.AddWithValue("occurrence", context.GetJobParameter<long>("Time"));
            insert.Parameters.AddWithValue("server", context.ServerId);
            await insert.ExecuteNonQueryAsync();
        }
    }
}
