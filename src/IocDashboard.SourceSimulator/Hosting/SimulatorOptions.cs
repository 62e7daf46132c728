using IocDashboard.SourceSimulator.Faults;

namespace IocDashboard.SourceSimulator.Hosting;

/// <summary>Configuration section "Simulator" (environment variables Simulator__X).</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    /// <summary>Value every request but GET /health must carry in X-Api-Key. Required; never committed.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>How much faster than real time the simulated clock runs (1: the real clock; more for demonstrations; 0 stops it at LiveStart).</summary>
    public double Speed { get; set; } = 1;

    /// <summary>The simulated instant at process start; the real now when absent.</summary>
    public DateTimeOffset? LiveStart { get; set; }

    /// <summary>Whether new petitions arrive; the dossiers' history is revealed as the clock passes it either way.</summary>
    public bool Live { get; set; } = true;

    /// <summary>
    /// How many simulated days past LiveStart the history is generated: the clock reveals nothing beyond, so a
    /// simulator at Speed × this many days is due for a restart (which serves the same dossiers, and more).
    /// </summary>
    public int HorizonDays { get; set; } = 31;

    /// <summary>First local day of the dossiers served (by day received); the whole seed when absent.</summary>
    public DateOnly? HistoryFrom { get; set; }

    /// <summary>Last local day of the dossiers served (by day received); the whole seed when absent.</summary>
    public DateOnly? HistoryTo { get; set; }

    /// <summary>Source ids to serve (entries may also be comma-separated lists); all when empty.</summary>
    public IList<string> Sources { get; } = [];

    /// <summary>Fault settings per source id, applied at start (the admin endpoint changes them at run time).</summary>
    public Dictionary<string, FaultSettings> Faults { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The seed-data folder; IOC_SEED_DATA, a copy beside the binaries or the repository's when absent.</summary>
    public string? SeedData { get; set; }

    /// <summary>How long a "timeout" fault holds the request before answering.</summary>
    public TimeSpan TimeoutHold { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The configured source ids, with comma-separated entries split.</summary>
    public IReadOnlyList<string> SourceIds() => Sources
        .SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .ToList();
}
