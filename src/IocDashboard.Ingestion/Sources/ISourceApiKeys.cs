namespace IocDashboard.Ingestion.Sources;

/// <summary>
/// The API keys an Admin set for sources while the app runs; such a key takes precedence over the configured one
/// (<see cref="SourceOptions.ApiKey"/>, then <see cref="IngestionOptions.ApiKey"/>). The host decides where they are
/// kept and how they are protected; without a host's store only configuration counts.
/// </summary>
public interface ISourceApiKeys
{
    Task<string?> FindAsync(string sourceId, CancellationToken cancellationToken);
}

/// <summary>No keys set at run time: the configured keys only.</summary>
internal sealed class ConfiguredSourceApiKeysOnly : ISourceApiKeys
{
    public Task<string?> FindAsync(string sourceId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
