using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using IocDashboard.Ingestion.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IocDashboard.Ingestion.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    /// <summary>Hangfire's own schema in the warehouse database, installed and upgraded by Hangfire itself.</summary>
    public const string Schema = "hangfire";

    /// <summary>
    /// The job storage, on every host: the dashboard, the job console and the health check read it even where no
    /// job runs. A run asked for by hand starts within the queue's poll interval. State changes made on any host (a
    /// run asked for on the console, a retry on a server) store their reasons in Vietnamese.
    /// </summary>
    public static IServiceCollection AddJobStorage(this IServiceCollection services, string connectionString, IngestionOptions options)
    {
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = options.SchedulerPollInterval,
        };
        // This host's storage and job activator as services of its own. Left to AddHangfire, they would be whatever the
        // process-wide JobStorage.Current and JobActivator.Current hold when first asked for, which the last host
        // configured in the process set: with several hosts in one process (the integration tests start them side by
        // side), a server could run its jobs in another host's services.
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        // Hangfire's log provider is process-wide too: this host's logging joins it while the host runs (the attachment
        // is disposed with the host's services, before the logger factory it was made from).
        services.AddSingleton(provider => LiveHostsLogProvider.Instance.Attach(provider.GetRequiredService<ILoggerFactory>()));
        services.AddHangfire((provider, configuration) =>
        {
            provider.GetRequiredService<LiveHostsLogProvider.Attachment>();
            VietnameseStateReasons.Register(configuration)
                .UseLogProvider(LiveHostsLogProvider.Instance)
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseStorage(provider.GetRequiredService<JobStorage>());
        });
        return services;
    }

    /// <summary>
    /// The Hangfire server that runs the sources' recurring jobs on this host, and the start-up step that makes the
    /// recurring jobs match configuration. Enough workers for every source at once: a first sync runs them all.
    /// </summary>
    public static IServiceCollection AddSourceScheduling(this IServiceCollection services, IngestionOptions options)
    {
        services.AddTransient<SourceSyncJob>();
        services.AddHangfireServer(server =>
        {
            server.SchedulePollingInterval = options.SchedulerPollInterval;
            server.WorkerCount = Math.Max(options.Sources.Count(s => s.Enabled) + 2, Environment.ProcessorCount);
        });
        services.AddHostedService<SourceSchedule>();
        return services;
    }
}
