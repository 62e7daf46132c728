namespace IocDashboard.Domain.Dossiers;

/// <summary>
/// Counts of the dossiers received in one period by one scope, and the rates derived from them. The rates
/// are defined here and nowhere else; SQL only counts.
/// </summary>
public sealed record DossierMeasures(
    long Received,
    long ResolvedOnTime,
    long ResolvedLate,
    long PendingWithinDeadline,
    long PendingOverdue,
    long ReceivedDirect,
    long ReceivedPostal,
    long ReceivedOnline,
    long ResolvedFullProcessOnline)
{
    public static readonly DossierMeasures Empty = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public long Resolved => ResolvedOnTime + ResolvedLate;

    /// <summary>resolvedOnTime / resolved.</summary>
    public double? OnTimeRate => Ratio(ResolvedOnTime, Resolved);

    /// <summary>resolvedOnTime / received: the figure the province publishes as "đạt x%".</summary>
    public double? OnTimeShareOfReceived => Ratio(ResolvedOnTime, Received);

    public double? LateShareOfReceived => Ratio(ResolvedLate, Received);

    public double? ResolvedRate => Ratio(Resolved, Received);

    public double? OnlineRate => Ratio(ReceivedOnline, Received);

    public double? PendingOverdueShareOfReceived => Ratio(PendingOverdue, Received);

    /// <summary>
    /// The measures of two disjoint sets of dossiers taken together: every count is additive, so measures per
    /// month or per unit sum to the measures of their union.
    /// </summary>
    public DossierMeasures Plus(DossierMeasures other) => new(
        Received + other.Received,
        ResolvedOnTime + other.ResolvedOnTime,
        ResolvedLate + other.ResolvedLate,
        PendingWithinDeadline + other.PendingWithinDeadline,
        PendingOverdue + other.PendingOverdue,
        ReceivedDirect + other.ReceivedDirect,
        ReceivedPostal + other.ReceivedPostal,
        ReceivedOnline + other.ReceivedOnline,
        ResolvedFullProcessOnline + other.ResolvedFullProcessOnline);

    public static DossierMeasures Sum(IEnumerable<DossierMeasures> parts) => parts.Aggregate(Empty, (total, part) => total.Plus(part));

    /// <summary>Adds one dossier, classified by <see cref="DossierOutcomeRule"/> at the period's end.</summary>
    public DossierMeasures Add(Channel channel, DossierOutcome outcome, bool fullProcessOnline) => this with
    {
        Received = Received + 1,
        ResolvedOnTime = ResolvedOnTime + (outcome == DossierOutcome.ResolvedOnTime ? 1 : 0),
        ResolvedLate = ResolvedLate + (outcome == DossierOutcome.ResolvedLate ? 1 : 0),
        PendingWithinDeadline = PendingWithinDeadline + (outcome == DossierOutcome.PendingWithinDeadline ? 1 : 0),
        PendingOverdue = PendingOverdue + (outcome == DossierOutcome.PendingOverdue ? 1 : 0),
        ReceivedDirect = ReceivedDirect + (channel == Channel.Direct ? 1 : 0),
        ReceivedPostal = ReceivedPostal + (channel == Channel.Postal ? 1 : 0),
        ReceivedOnline = ReceivedOnline + (channel == Channel.Online ? 1 : 0),
        ResolvedFullProcessOnline = ResolvedFullProcessOnline
            + (fullProcessOnline && outcome is DossierOutcome.ResolvedOnTime or DossierOutcome.ResolvedLate ? 1 : 0),
    };

    private static double? Ratio(long numerator, long denominator) =>
        denominator == 0 ? null : (double)numerator / denominator;
}
