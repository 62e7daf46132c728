using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.ServiceIndex;

namespace IocDashboard.Domain.Tests.ServiceIndex;

public sealed class ServiceIndexRatesTests
{
    // 30 online + 10 direct received, 5 carried over; resolved 20 before, 6 on, 4 late the deadline; pending 12 within, 3 overdue.
    private static readonly WorkloadMeasures Measures = new(30, 10, 5, 20, 6, 4, 12, 3);

    [Fact]
    public void Progress_counts_the_resolved_and_the_pending_on_time_over_everything_handled()
    {
        // (20 + 6 + 12) / (30 + 15) = 38 / 45
        Assert.Equal(38.0 / 45, ServiceIndexRates.Progress(Measures)!.Value, 12);
        Assert.Null(ServiceIndexRates.Progress(WorkloadMeasures.Empty));
    }

    [Fact]
    public void Dossier_satisfaction_takes_the_late_and_the_petitions_off_the_resolved_never_below_zero()
    {
        // (30 − 4 − 5) / 30
        Assert.Equal(21.0 / 30, ServiceIndexRates.DossierSatisfaction(Measures, 5)!.Value, 12);
        Assert.Equal(0, ServiceIndexRates.DossierSatisfaction(Measures, 40));
        Assert.Null(ServiceIndexRates.DossierSatisfaction(WorkloadMeasures.Empty, 3));
    }

    [Fact]
    public void Petitions_on_time_leave_out_those_still_open()
    {
        Assert.Equal(0.75, ServiceIndexRates.PetitionsOnTime(3, 1));
        Assert.Null(ServiceIndexRates.PetitionsOnTime(0, 0));
        Assert.Equal(0.925, ServiceIndexRates.FromPercent(92.5m), 12);
    }
}
