namespace IocDashboard.SourceSimulator.Feeds.Dossiers;

/// <summary>
/// One dossier in 48 bytes: codes as indexes into <see cref="DossierCodes"/>, times as local (+07:00) ticks,
/// ResolvedTicks 0 while pending (in the history, its planned resolution). About five million of these are held,
/// so every byte counts.
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

    /// <summary>The dossier as it stood between its receipt and its resolution: pending, at its receipt in the feed.</summary>
    public DossierRow PendingSince() => this with { ResolvedTicks = 0, UpdatedTicks = ReceivedTicks };

    /// <summary>The dossier once resolved: at its resolution in the feed.</summary>
    public DossierRow Resolved() => this with { UpdatedTicks = ResolvedTicks };

}
