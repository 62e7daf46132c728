namespace IocDashboard.Web.Features.Wall;

/// <summary>What a wall screen is sent. Panels are JSON objects keyed by panel name (tasks, indicators, dossiers, feedback, sources).</summary>
public interface IWallClient
{
    Task Snapshot(WallSnapshot snapshot);

    Task PanelsChanged(WallUpdate update);
}

public sealed record WallScreenConfig(string Title, IReadOnlyList<string> Pages, int RotateSeconds, WallThresholds Thresholds);

public sealed record WallThresholds(double Green, double Amber);

/// <summary>Every panel of a screen, with the screen's sequence number: a client starts from here.</summary>
public sealed record WallSnapshot(string Screen, long Sequence, DateTimeOffset GeneratedAt, WallScreenConfig Config, IReadOnlyDictionary<string, object> Panels);

/// <summary>
/// Only the panels whose inputs changed; Sequence is the previous message's plus one. ComputeMilliseconds is how
/// long recomputing them took (shown to operators, read by the benchmarks).
/// </summary>
public sealed record WallUpdate(string Screen, long Sequence, DateTimeOffset GeneratedAt, IReadOnlyDictionary<string, object> Panels, double ComputeMilliseconds);
