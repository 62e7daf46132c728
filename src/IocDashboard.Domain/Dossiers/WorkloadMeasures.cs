namespace IocDashboard.Domain.Dossiers;

/// <summary>
/// The work of one period for one scope: what there was to handle (received in the period or carried over from
/// before it) and where it stood at the period's end (resolved before, on or after the deadline, or pending within
/// or past it). The counts of the official report form (Biểu II.06a); the rates are defined here and nowhere else,
/// SQL only counts. Classified one dossier at a time by <see cref="WorkloadRule"/>.
/// </summary>
public sealed record WorkloadMeasures(
    long ReceivedOnline,
    long ReceivedDirectOrPostal,
    long CarriedOver,
    long BeforeDeadline,
    long OnDeadline,
    long Late,
    long WithinDeadline,
    long Overdue)
{
    public static readonly WorkloadMeasures Empty = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Received in the period, through any channel.</summary>
    public long Received => ReceivedOnline + ReceivedDirectOrPostal;

    /// <summary>received + carriedOver: every dossier the period had to deal with.</summary>
    public long ToHandle => Received + CarriedOver;

    /// <summary>Resolved in the period, whenever received.</summary>
    public long Resolved => BeforeDeadline + OnDeadline + Late;

    /// <summary>To handle and not resolved at the period's end.</summary>
    public long Pending => WithinDeadline + Overdue;

    /// <summary>What was received and resolved in the period: the rates are theirs.</summary>
    public WorkloadFlows Flows => new(ReceivedOnline, ReceivedDirectOrPostal, BeforeDeadline, OnDeadline, Late);

    /// <summary>(beforeDeadline + onDeadline) / resolved (<see cref="WorkloadFlows.OnTimeRate"/>).</summary>
    public double? OnTimeRate => Flows.OnTimeRate;

    /// <summary><see cref="OnTimeRate"/> when enough dossiers were resolved for it to mean something (<see cref="Formatting.ShownRate"/>).</summary>
    public double? ShownOnTimeRate => Flows.ShownOnTimeRate;

    /// <summary>receivedOnline / received (<see cref="WorkloadFlows.OnlineRate"/>).</summary>
    public double? OnlineRate => Flows.OnlineRate;

    /// <summary>
    /// Whether the form's identities hold: what was to handle is what was resolved plus what is pending. Every
    /// dossier classified by <see cref="WorkloadRule"/> counts once on each side, so sums of them always balance;
    /// a row that does not was counted wrongly.
    /// </summary>
    public bool Balances => ToHandle == Resolved + Pending;

    /// <summary>
    /// The measures of two disjoint sets of dossiers taken together: every count is additive, so the rows per field
    /// or per unit sum to the measures of their union.
    /// </summary>
    public WorkloadMeasures Plus(WorkloadMeasures other) => new(
        ReceivedOnline + other.ReceivedOnline,
        ReceivedDirectOrPostal + other.ReceivedDirectOrPostal,
        CarriedOver + other.CarriedOver,
        BeforeDeadline + other.BeforeDeadline,
        OnDeadline + other.OnDeadline,
        Late + other.Late,
        WithinDeadline + other.WithinDeadline,
        Overdue + other.Overdue);

    public static WorkloadMeasures Sum(IEnumerable<WorkloadMeasures> parts) => parts.Aggregate(Empty, (total, part) => total.Plus(part));

    /// <summary>Adds one dossier as <see cref="WorkloadRule.Classify"/> counted it: once where it came from, once where it ended.</summary>
    public WorkloadMeasures Add(WorkloadCount count) => this with
    {
        ReceivedOnline = ReceivedOnline + (count.Intake == WorkloadIntake.ReceivedOnline ? 1 : 0),
        ReceivedDirectOrPostal = ReceivedDirectOrPostal + (count.Intake == WorkloadIntake.ReceivedDirectOrPostal ? 1 : 0),
        CarriedOver = CarriedOver + (count.Intake == WorkloadIntake.CarriedOver ? 1 : 0),
        BeforeDeadline = BeforeDeadline + (count.End == WorkloadEnd.ResolvedBeforeDeadline ? 1 : 0),
        OnDeadline = OnDeadline + (count.End == WorkloadEnd.ResolvedOnDeadline ? 1 : 0),
        Late = Late + (count.End == WorkloadEnd.ResolvedLate ? 1 : 0),
        WithinDeadline = WithinDeadline + (count.End == WorkloadEnd.PendingWithinDeadline ? 1 : 0),
        Overdue = Overdue + (count.End == WorkloadEnd.PendingOverdue ? 1 : 0),
    };
}
