using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Progress;
using IocDashboard.Ingestion.Scheduling;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.State;
using IocDashboard.Ingestion.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IocDashboard.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the connectors, the sync service, the source pauses and Hangfire's job storage; when
    /// Ingestion:Enabled, also the Hangfire server that runs one recurring job per source.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ISourceApiKeys, ConfiguredSourceApiKeysOnly>();
        services.AddHttpClient<FeedClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton(provider =>
        {
            var slots = provider.GetRequiredService<IOptions<IngestionOptions>>().Value.ConcurrentMerges;
            return new MergeGate(slots > 0 ? slots : Environment.ProcessorCount);
        });
        services.AddSingleton<SourceSync>();
        services.AddSingleton<SourcePauses>();
        services.AddSingleton<FillProgressTracker>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IngestionStateReader>();

        var options = IngestionOptions.From(configuration);
        services.AddJobStorage(connectionString, options);
        if (options.Enabled)
        {
            services.AddSourceScheduling(options);
        }

        if (options.ReportFillProgress)
        {
            services.AddHostedService<FillProgressReporter>();
        }

        return services;
    }
}
