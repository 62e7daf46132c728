using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.State;
using IocDashboard.Ingestion.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;

namespace IocDashboard.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>Quartz's schema prefix: its tables live in their own schema (created by migration 0002).</summary>
    public const string QuartzTablePrefix = "quartz.qrtz_";

    /// <summary>
    /// Registers the connectors and, when Ingestion:Enabled, the Quartz scheduler: PostgreSQL store in its own
    /// schema, clustered, execution history in the database, one cron-triggered job per source with an
    /// exponential-backoff retry policy, and a health requirement per required source.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<FeedClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton(provider =>
        {
            var slots = provider.GetRequiredService<IOptions<IngestionOptions>>().Value.ConcurrentMerges;
            return new MergeGate(slots > 0 ? slots : Environment.ProcessorCount);
        });
        services.AddSingleton<SourceSync>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IngestionStateReader>();

        var options = configuration.GetSection(IngestionOptions.Section).Get<IngestionOptions>() ?? new IngestionOptions();
        if (!options.Enabled)
        {
            return services;
        }

        var sources = options.Sources.Where(s => s.Enabled).ToList();
        services.Configure<QuartzSchedulerOptions>(o =>
        {
            // A node that finds nothing due sleeps this long; short enough that every node of the cluster
            // competes for the next firings instead of one node taking them all.
            o.IdleWaitTime = options.SchedulerIdleWait;
            o.DefaultTimeZone = VietnamTime;
        });
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.ConfigureStore(o => o.TablePrefix = QuartzTablePrefix);
                store.ProvisionSchema();
                store.UseClustering();
                store.UseExecutionHistory();
                store.UseSystemTextJsonSerializer();
            });
            q.UseDefaultRetryPolicy(RetryPolicy.Exponential(3, TimeSpan.FromSeconds(5), 2.0, TimeSpan.FromMinutes(2)));
            foreach (var source in sources)
            {
                var key = SourceSyncJob.KeyOf(source.Id);
                q.ScheduleJob<SourceSyncJob>(
                    trigger => trigger.WithIdentity(source.Id, SourceSyncJob.Group).WithCronSchedule(source.Cron),
                    job => job.WithIdentity(key).WithDescription(source.Name).UsingJobData(SourceSyncJob.SourceKey, source.Id).StoreDurably());

                // Catch up once at start-up instead of waiting for the first cron slot.
                q.AddTrigger(trigger => trigger.WithIdentity(source.Id + "-startup", SourceSyncJob.Group).ForJob(key).StartNow());
            }

            q.AddQuartzHealthChecks(health =>
            {
                foreach (var source in sources.Where(s => s.Required))
                {
                    health.RequireSuccessWithin(SourceSyncJob.KeyOf(source.Id), source.FreshnessSla, HealthStatus.Degraded);
                }
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    private static TimeZoneInfo VietnamTime => TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
}
