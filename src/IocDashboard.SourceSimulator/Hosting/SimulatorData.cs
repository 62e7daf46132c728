using IocDashboard.SourceSimulator.Feeds;
using IocDashboard.SourceSimulator.Feeds.Indicators;

namespace IocDashboard.SourceSimulator.Hosting;

/// <summary>Everything the endpoints serve, once the background load has built it.</summary>
internal sealed record LoadedData(IReadOnlyDictionary<string, IChangeFeed> Feeds, IndicatorBook? Indicators);

/// <summary>Where the background loader publishes its result; endpoints read it without locking.</summary>
internal sealed class SimulatorData
{
    private volatile LoadedData? _current;
    private volatile string? _error;

    public LoadedData? Current => _current;

    public string? Error => _error;

    public bool IsReady => _current is not null;

    public void Publish(LoadedData data) => _current = data;

    public void Fail(string error) => _error = error;

    public IChangeFeed? Feed(string sourceId) => _current?.Feeds.GetValueOrDefault(sourceId);
}
