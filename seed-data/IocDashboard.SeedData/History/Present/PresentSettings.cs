namespace IocDashboard.SeedData.History.Present;

/// <summary>
/// profile.json "present": the shape of the history from the first day after the 2020–2024 generator's to the
/// present, before and after the 2025 merger (DOMAIN.md, "The 2025 reorganisation").
/// </summary>
public sealed record PresentProfile(
    int Seed,
    DateOnly From,
    DateOnly Merger,
    EraShape BeforeMerger,
    EraShape AfterMerger,
    double FullProcessShareOfOnline,
    string CommuneSourceCode);

/// <summary>
/// Yearly volumes, shares and late rates per level in one era; volumes grow by YearlyGrowth a year after the
/// era's first year. The late rate is the share of dossiers resolved after their due time.
/// </summary>
public sealed record EraShape(
    Dictionary<string, double> YearlyVolumes,
    double YearlyGrowth,
    Dictionary<string, double> OnlineShare,
    Dictionary<string, double> PostalShare,
    Dictionary<string, double> LateRate);

/// <summary>
/// targets.json "present": a published figure after the merger in the workload measures of DOMAIN.md (received in
/// the period; resolved in the period whatever the day of receipt; late = resolved after due). Null targets are
/// left to the profile; OnTimeRate is met when (resolved − late) / resolved rounds to it at four decimals.
/// </summary>
public sealed record WorkloadAnchor(
    string Id,
    AnchorScope Scope,
    DateOnly From,
    DateOnly To,
    int? Received = null,
    int? Online = null,
    int? Resolved = null,
    int? Late = null,
    double? OnTimeRate = null,
    double? OnTimeRateAbove = null);

/// <summary>What the generated dossiers give for a workload anchor, and whether every target holds.</summary>
public sealed record WorkloadAnchorCheck(string Id, int Received, int Online, int Resolved, int Late, IReadOnlyList<string> Misses)
{
    public bool Holds => Misses.Count == 0;
}
