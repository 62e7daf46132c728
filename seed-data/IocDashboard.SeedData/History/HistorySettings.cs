using System.Text.Json;

namespace IocDashboard.SeedData.History;

/// <summary>profile.json: the shape of the history between the anchors.</summary>
public sealed record HistoryProfile(
    int Seed,
    DateOnly From,
    DateOnly To,
    Dictionary<string, Dictionary<int, double>> YearlyVolumes,
    CitizenIdSurge CitizenIdSurge,
    Dictionary<string, Dictionary<int, double>> OnlineShare,
    Dictionary<int, double> FullProcessShareOfOnline,
    Dictionary<string, double> PostalShare,
    Dictionary<string, double> LateRate,
    double UnitWeightSpread,
    Dictionary<string, double> CommuneKindWeights,
    IReadOnlyList<DateOnly> LunarNewYear,
    IReadOnlyList<string> PublicHolidays,
    Dictionary<DayOfWeek, double> WeekdayFactors,
    double DailyNoise,
    Present.PresentProfile Present);

public sealed record CitizenIdSurge(string Field, string Level, DateOnly From, DateOnly To, double ExtraDossiers);

/// <summary>targets.json: the published figures, applied in order.</summary>
public sealed record HistoryTargets(IReadOnlyList<Anchor> Anchors, IReadOnlyList<Present.WorkloadAnchor> Present);

/// <summary>
/// One published figure: the dossiers received in [From, To] by a scope must give these counts at the end of
/// the period. Null targets are left to the profile.
/// </summary>
public sealed record Anchor(
    string Id,
    AnchorScope Scope,
    DateOnly From,
    DateOnly To,
    int? Received = null,
    int? Resolved = null,
    int? ResolvedOnTime = null,
    int? ResolvedLate = null,
    int? PendingOverdue = null,
    int? Direct = null,
    int? Postal = null,
    int? Online = null,
    int? ResolvedFullProcessOnline = null,
    IReadOnlyList<string>? LateFields = null)
{
    public int? ResolvedTarget => Resolved ?? (ResolvedOnTime + ResolvedLate);
}

/// <summary>An org unit with its descendants (or itself only when Self), optionally limited to procedure levels.</summary>
public sealed record AnchorScope(string Unit, bool Self = false, IReadOnlyList<string>? Levels = null);

public static class HistorySettings
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static HistoryProfile LoadProfile(string seedDataDirectory) =>
        Read<HistoryProfile>(Path.Combine(seedDataDirectory, "profile.json"));

    public static HistoryTargets LoadTargets(string seedDataDirectory) =>
        Read<HistoryTargets>(Path.Combine(seedDataDirectory, "targets.json"));

    private static T Read<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path} is empty");
}
