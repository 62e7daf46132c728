namespace IocDashboard.Domain.Dossiers;

/// <summary>
/// The flows of a period's workload (<see cref="WorkloadMeasures"/> without the dossiers open at its edges): what was
/// received in it (online; direct or postal) and what was resolved in it, by timing. Enough for the on-time and online
/// rates and for throughput, which is all a wall shows; the rates are defined here and nowhere else.
/// </summary>
public sealed record WorkloadFlows(long ReceivedOnline, long ReceivedDirectOrPostal, long BeforeDeadline, long OnDeadline, long Late)
{
    public static readonly WorkloadFlows Empty = new(0, 0, 0, 0, 0);

    public long Received => ReceivedOnline + ReceivedDirectOrPostal;

    public long Resolved => BeforeDeadline + OnDeadline + Late;

    /// <summary>(beforeDeadline + onDeadline) / resolved.</summary>
    public double? OnTimeRate => Ratio(BeforeDeadline + OnDeadline, Resolved);

    /// <summary><see cref="OnTimeRate"/> when enough dossiers were resolved for it to mean something (<see cref="Formatting.ShownRate"/>).</summary>
    public double? ShownOnTimeRate => Formatting.ShownRate.Of(OnTimeRate, Resolved);

    /// <summary>receivedOnline / received.</summary>
    public double? OnlineRate => Ratio(ReceivedOnline, Received);

    public WorkloadFlows Plus(WorkloadFlows other) => new(
        ReceivedOnline + other.ReceivedOnline,
        ReceivedDirectOrPostal + other.ReceivedDirectOrPostal,
        BeforeDeadline + other.BeforeDeadline,
        OnDeadline + other.OnDeadline,
        Late + other.Late);

    public static WorkloadFlows Sum(IEnumerable<WorkloadFlows> parts) => parts.Aggregate(Empty, (total, part) => total.Plus(part));

    private static double? Ratio(long numerator, long denominator) =>
        denominator == 0 ? null : (double)numerator / denominator;
}
