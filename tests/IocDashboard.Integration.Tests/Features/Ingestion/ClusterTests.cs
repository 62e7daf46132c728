using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace IocDashboard.Integration.Tests.Features.Ingestion;

/// <summary>Two app instances on one database share the Quartz cluster: every scheduled firing runs once, on one of them.</summary>
public sealed class ClusterTests
{
    private static readonly string[] JobNames = ["a", "b", "c"];

    [Fact]
    public async Task Two_hosts_run_each_scheduled_firing_exactly_once()
    {
        await using var database = await TestDatabase.CreateAsync("ioc_cluster");
        await using (var migrator = new DashboardFactory(database.ConnectionString))
        {
            await migrator.Services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
        }

        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand(
                "create table public.firings (job text not null, scheduled_at timestamptz not null, node text not null)", connection);
            await create.ExecuteNonQueryAsync();
        }

        var settings = new Dictionary<string, string?> { ["Ingestion:Enabled"] = "true", ["Ingestion:SchedulerIdleWait"] = "00:00:01" };
        void EverySecond(IServiceCollection services) => services.AddQuartz(q =>
        {
            foreach (var name in JobNames)
            {
                q.ScheduleJob<RecordFiringJob>(
                    t => t.WithIdentity(name, "test").WithCronSchedule("0/1 * * * * ?"),
                    j => j.WithIdentity(name, "test").UsingJobData("cs", database.ConnectionString));
            }
        });

        await using var first = new DashboardFactory(database.ConnectionString, settings, EverySecond);
        await using var second = new DashboardFactory(database.ConnectionString, settings, EverySecond);
        var ids = new[]
        {
            await (await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).GetSchedulerInstanceId(),
            await (await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).GetSchedulerInstanceId(),
        };
        Assert.NotEqual(ids[0], ids[1]);
        await Task.Delay(TimeSpan.FromSeconds(12));
        // Both nodes have checked in to the cluster (so either may take any firing).
        await using (var state = new NpgsqlConnection(database.ConnectionString))
        {
            await state.OpenAsync();
            await using var nodes = new NpgsqlCommand("select array_agg(instance_name order by instance_name) from quartz.qrtz_scheduler_state", state);
            Assert.Equal(ids.Order(StringComparer.Ordinal), (string[])(await nodes.ExecuteScalarAsync())!);
        }

        await first.DisposeAsync();
        await second.DisposeAsync();

        await using var read = new NpgsqlConnection(database.ConnectionString);
        await read.OpenAsync();
        await using var query = new NpgsqlCommand("""
            select count(*), count(distinct (job, scheduled_at)), count(distinct node) from public.firings
            """, read);
        await using var reader = await query.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (runs, distinctSlots) = (reader.GetInt64(0), reader.GetInt64(1));
        Assert.True(runs >= 18, $"only {runs} firings of 3 jobs in 12 s");
        Assert.Equal(distinctSlots, runs);
    }

    /// <summary>Records the scheduled fire time of each run and the node that ran it.</summary>
    private sealed class RecordFiringJob : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            await using var connection = new NpgsqlConnection(context.MergedJobDataMap.GetString("cs"));
            await connection.OpenAsync(cancellationToken);
            await using var insert = new NpgsqlCommand("insert into public.firings values (@job, @at, @node)", connection);
            insert.Parameters.AddWithValue("job", context.JobDetail.Key.Name);
            insert.Parameters.AddWithValue("at", context.ScheduledFireTimeUtc!.Value);
            insert.Parameters.AddWithValue("node", context.Scheduler.SchedulerInstanceId);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
