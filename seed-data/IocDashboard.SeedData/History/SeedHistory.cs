namespace IocDashboard.SeedData.History;

/// <summary>The generated dossiers and, per anchor, the counts they give (checked against the targets).</summary>
public sealed record SeedHistory(IReadOnlyList<GeneratedDossier> Dossiers, IReadOnlyList<AnchorCheck> Anchors);

/// <summary>What the generated dossiers give for an anchor's scope and period, and whether every target holds.</summary>
public sealed record AnchorCheck(
    string Id, int Received, int Resolved, int ResolvedOnTime, int ResolvedLate, int PendingOverdue,
    int Direct, int Postal, int Online, int ResolvedFullProcessOnline, IReadOnlyList<string> Misses)
{
    public bool Holds => Misses.Count == 0;
}
