using IocDashboard.SeedData.History.Present;

namespace IocDashboard.SeedData.History;

/// <summary>
/// The generated dossiers with their planned resolutions, and per anchor the counts they give (checked against the
/// targets): the published figures of 2020–2024 (cohort measures) and those after the merger (workload measures).
/// </summary>
public sealed record SeedHistory(
    IReadOnlyList<GeneratedDossier> Dossiers, IReadOnlyList<AnchorCheck> Anchors, IReadOnlyList<WorkloadAnchorCheck> PresentAnchors)
{
    /// <summary>Every anchor's misses; empty when the history reproduces all the published figures.</summary>
    public IReadOnlyList<string> Misses => [.. Anchors.SelectMany(a => a.Misses), .. PresentAnchors.SelectMany(a => a.Misses)];

    /// <summary>
    /// The history as it stands at <paramref name="now"/>: the dossiers received before it, those resolved only
    /// later shown pending. A later present gives a superset: the same dossiers with the same ids, some resolved since.
    /// </summary>
    public IEnumerable<GeneratedDossier> AsOf(DateTimeOffset now)
    {
        foreach (var d in Dossiers)
        {
            if (d.ReceivedAt < now)
            {
                yield return d.ResolvedAt is { } resolved && resolved >= now ? d with { ResolvedAt = null } : d;
            }
        }
    }
}

/// <summary>What the generated dossiers give for an anchor's scope and period, and whether every target holds.</summary>
public sealed record AnchorCheck(
    string Id, int Received, int Resolved, int ResolvedOnTime, int ResolvedLate, int PendingOverdue,
    int Direct, int Postal, int Online, int ResolvedFullProcessOnline, IReadOnlyList<string> Misses)
{
    public bool Holds => Misses.Count == 0;
}
