using IocDashboard.Domain.Periods;

namespace IocDashboard.Domain.Dossiers;

/// <summary>Where a dossier the period had to handle came from.</summary>
public enum WorkloadIntake
{
    ReceivedOnline,
    ReceivedDirectOrPostal,
    CarriedOver,
}

/// <summary>Where a dossier the period had to handle stood at the period's end.</summary>
public enum WorkloadEnd
{
    ResolvedBeforeDeadline,
    ResolvedOnDeadline,
    ResolvedLate,
    PendingWithinDeadline,
    PendingOverdue,
}

/// <summary>How a resolution stands against the deadline, in local days.</summary>
public enum ResolutionTiming
{
    /// <summary>Resolved on a local day before the due day.</summary>
    BeforeDeadline,

    /// <summary>Resolved on the due day, at or before the due time.</summary>
    OnDeadline,

    /// <summary>Resolved after the due time (also later on the due day itself).</summary>
    Late,
}

/// <summary>How one dossier counts in a period's workload: once on each side of the form's identities.</summary>
public sealed record WorkloadCount(WorkloadIntake Intake, WorkloadEnd End);

/// <summary>
/// The one definition of the workload measures (the work of a period, as one-stop systems and the official report
/// form Biểu II.06a count it), one dossier at a time. A dossier counts in a period [start, end) when it was to
/// handle then: received in the period, or received before it and still open at its start.
/// </summary>
/// <remarks>
/// Like <see cref="DossierOutcomeRule"/>, which it builds on, the rule reads only the instants (received, due,
/// resolved) and never the status: a withdrawn or returned dossier counts as its times say. The source system
/// stamps resolved_at when the dossier left the unit's hands, so one that was withdrawn or returned with a
/// resolved_at is resolved then (before, on or after the deadline), and one without it stays pending. The cohort
/// measures and the workload measures therefore agree on every dossier: resolved on time in the cohort's sense
/// (at or before due_at) is exactly resolved before or on the deadline here.
/// </remarks>
public static class WorkloadRule
{
    /// <summary>
    /// How the dossier counts in the period (<paramref name="period"/>'s Start and End instants), or null when it
    /// does not: received at or after the end, or resolved before the start. Resolved at the start counts (it was
    /// still open then); resolved at the end does not (the period is over), so it is pending at the end.
    /// </summary>
    /// <exception cref="ArgumentException">resolved before received, which the warehouse's check constraint refuses.</exception>
    public static WorkloadCount? Classify(
        DateTimeOffset receivedAt, DateTimeOffset dueAt, DateTimeOffset? resolvedAt, Channel channel, ReportingPeriod period)
    {
        if (resolvedAt < receivedAt)
        {
            throw new ArgumentException($"resolved ({resolvedAt:o}) before received ({receivedAt:o})", nameof(resolvedAt));
        }

        var (start, end) = (period.Start, period.End);
        if (receivedAt >= end || resolvedAt < start)
        {
            return null;
        }

        var intake = receivedAt < start ? WorkloadIntake.CarriedOver
            : channel == Channel.Online ? WorkloadIntake.ReceivedOnline
            : WorkloadIntake.ReceivedDirectOrPostal;

        // The cohort's rule at the period's end decides resolved or pending, on time or late; the workload only
        // splits "on time" by the local day of resolution.
        var outcome = DossierOutcomeRule.At(dueAt, resolvedAt, end);
        var atEnd = outcome switch
        {
            DossierOutcome.ResolvedOnTime or DossierOutcome.ResolvedLate => TimingOf(dueAt, resolvedAt!.Value) switch
            {
                ResolutionTiming.BeforeDeadline => WorkloadEnd.ResolvedBeforeDeadline,
                ResolutionTiming.OnDeadline => WorkloadEnd.ResolvedOnDeadline,
                _ => WorkloadEnd.ResolvedLate,
            },
            DossierOutcome.PendingWithinDeadline => WorkloadEnd.PendingWithinDeadline,
            _ => WorkloadEnd.PendingOverdue,
        };
        return new WorkloadCount(intake, atEnd);
    }

    /// <summary>
    /// How a resolution stands against the deadline: after due_at is late (also later on the due day); otherwise
    /// before the deadline when resolved on an earlier local day (Asia/Ho_Chi_Minh) than the due day, on the
    /// deadline when on the due day. The warehouse's core.dossier_resolution_timing computes the same.
    /// </summary>
    public static ResolutionTiming TimingOf(DateTimeOffset dueAt, DateTimeOffset resolvedAt) =>
        resolvedAt > dueAt ? ResolutionTiming.Late
        : ReportingPeriod.LocalDay(resolvedAt) < ReportingPeriod.LocalDay(dueAt) ? ResolutionTiming.BeforeDeadline
        : ResolutionTiming.OnDeadline;
}
