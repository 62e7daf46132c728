using IocDashboard.Domain.Dossiers;

namespace IocDashboard.Domain.ServiceIndex;

/// <summary>The rates of the indicators the warehouse supports, from its measures; null when the denominator is 0.</summary>
public static class ServiceIndexRates
{
    /// <summary>
    /// Progress (2.1): (resolved before or on the deadline + pending within the deadline) / (resolved + pending), from
    /// the workload of the period — the work of the period, so dossiers carried over from before count too.
    /// </summary>
    public static double? Progress(WorkloadMeasures m)
    {
        var cases = m.Resolved + m.Pending;
        return cases == 0 ? null : (double)(m.BeforeDeadline + m.OnDeadline + m.WithinDeadline) / cases;
    }

    /// <summary>
    /// Satisfaction with dossier handling (5.3): (resolved − resolved late − petitions received in the period about
    /// the scope) / resolved, never below 0. A petition stands for a complaint about a dossier: the warehouse does not
    /// link petitions to dossiers, so each is taken to be about a different, otherwise on-time dossier.
    /// </summary>
    public static double? DossierSatisfaction(WorkloadMeasures m, long petitionsReceived)
    {
        if (m.Resolved == 0)
        {
            return null;
        }

        return Math.Max(0, m.Resolved - m.Late - petitionsReceived) / (double)m.Resolved;
    }

    /// <summary>Petitions answered on time (5.1): on time / (on time + late); those still within their limit are left out.</summary>
    public static double? PetitionsOnTime(long onTime, long late) => onTime + late == 0 ? null : (double)onTime / (onTime + late);

    /// <summary>An indicator reported in per cent (92.5) as the fraction the points rules take (0.925).</summary>
    public static double FromPercent(decimal percent) => (double)(percent / 100m);
}
