using IocDashboard.SourceSimulator.Hosting;
using IocDashboard.SourceSimulator.Sources;
using Microsoft.Extensions.Options;

namespace IocDashboard.SourceSimulator.Faults;

/// <summary>The fault switches of every served source: configured at start, switched at run time.</summary>
internal sealed class FaultRegistry
{
    private readonly Dictionary<string, SourceFaults> _bySource;

    public FaultRegistry(SourceCatalog catalog, IOptions<SimulatorOptions> options)
    {
        var configured = options.Value.Faults;
        _bySource = catalog.Served.ToDictionary(
            s => s.Id,
            s => new SourceFaults(s.Id, configured.GetValueOrDefault(s.Id) ?? FaultSettings.None),
            StringComparer.OrdinalIgnoreCase);
    }

    public SourceFaults? For(string sourceId) => _bySource.GetValueOrDefault(sourceId);

    public IReadOnlyDictionary<string, FaultSettings> All() =>
        _bySource.Values.ToDictionary(f => f.SourceId, f => f.Settings, StringComparer.Ordinal);

    public void ResetAll()
    {
        foreach (var faults in _bySource.Values)
        {
            faults.Reset();
        }
    }
}
