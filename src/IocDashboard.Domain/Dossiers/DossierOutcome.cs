namespace IocDashboard.Domain.Dossiers;

/// <summary>Where a dossier received in a period stands at the end of that period (DOMAIN.md §3).</summary>
public enum DossierOutcome
{
    ResolvedOnTime,
    ResolvedLate,
    PendingWithinDeadline,
    PendingOverdue,
}

public static class DossierOutcomeRule
{
    /// <summary>
    /// The one definition of a dossier's outcome at <paramref name="periodEnd"/> (exclusive instant:
    /// the start of the day after the period). Resolved means resolved before the period ended; on time
    /// means resolved at or before the due time. A pending dossier is overdue when its due time is before
    /// the period's end.
    /// </summary>
    public static DossierOutcome At(DateTimeOffset dueAt, DateTimeOffset? resolvedAt, DateTimeOffset periodEnd)
    {
        if (resolvedAt is { } resolved && resolved < periodEnd)
        {
            return resolved <= dueAt ? DossierOutcome.ResolvedOnTime : DossierOutcome.ResolvedLate;
        }

        return dueAt >= periodEnd ? DossierOutcome.PendingWithinDeadline : DossierOutcome.PendingOverdue;
    }
}
