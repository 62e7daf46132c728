namespace IocDashboard.SourceSimulator.Feeds.Dossiers;

/// <summary>
/// One dossier in 48 bytes: codes as indexes into <see cref="DossierCodes"/>, times as local (+07:00) ticks,
/// ResolvedTicks 0 while pending. About two million of these are held, so every byte counts.
/// </summary>
internal readonly record struct DossierRow(
    string Id,
    long UpdatedTicks,
    long ReceivedTicks,
    long DueTicks,
    long ResolvedTicks,
    short Unit,
    short Procedure,
    byte Field,
    byte Level,
    byte Channel,
    byte OnlineLevel)
{
    public bool IsResolved => ResolvedTicks != 0;

    public FeedPosition Position => new(UpdatedTicks, Id);

    /// <summary>The same dossier resolved at <paramref name="ticks"/>, which is also its new feed position.</summary>
    public DossierRow ResolvedAt(long ticks) => this with { ResolvedTicks = ticks, UpdatedTicks = ticks };

    /// <summary>Feed order: (updatedAt, id ordinal).</summary>
    public static int Compare(in DossierRow a, in DossierRow b) =>
        a.UpdatedTicks != b.UpdatedTicks ? a.UpdatedTicks.CompareTo(b.UpdatedTicks) : string.CompareOrdinal(a.Id, b.Id);
}

internal sealed class DossierRowComparer : IComparer<DossierRow>
{
    public static readonly DossierRowComparer Instance = new();

    public int Compare(DossierRow x, DossierRow y) => DossierRow.Compare(x, y);
}
