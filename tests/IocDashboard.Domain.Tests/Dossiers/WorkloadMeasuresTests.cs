using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;

namespace IocDashboard.Domain.Tests.Dossiers;

public sealed class WorkloadMeasuresTests
{
    private static readonly WorkloadMeasures Sample = new(
        ReceivedOnline: 30, ReceivedDirectOrPostal: 70, CarriedOver: 20,
        BeforeDeadline: 80, OnDeadline: 10, Late: 5, WithinDeadline: 20, Overdue: 5);

    [Fact]
    public void Derived_counts_follow_the_forms_identities()
    {
        Assert.Equal(100, Sample.Received);
        Assert.Equal(120, Sample.ToHandle);
        Assert.Equal(95, Sample.Resolved);
        Assert.Equal(25, Sample.Pending);
        Assert.True(Sample.Balances);
        Assert.False((Sample with { Late = 6 }).Balances);
    }

    [Fact]
    public void On_time_rate_is_before_and_on_the_deadline_over_resolved_and_online_rate_online_over_received()
    {
        Assert.Equal(90.0 / 95, Sample.OnTimeRate);
        Assert.Equal("94,74%", VietnameseFormat.Percent(Sample.OnTimeRate));
        Assert.Equal(0.3, Sample.OnlineRate);
    }

    [Fact]
    public void Rates_without_a_denominator_are_absent_not_zero()
    {
        var carriedOnly = WorkloadMeasures.Empty with { CarriedOver = 3, WithinDeadline = 3 };
        Assert.Null(carriedOnly.OnTimeRate);
        Assert.Null(carriedOnly.OnlineRate);
        Assert.Null(WorkloadMeasures.Empty.OnTimeRate);
    }

    [Fact]
    public void An_on_time_rate_is_shown_from_thirty_resolved_dossiers()
    {
        var twentyNine = WorkloadMeasures.Empty with { BeforeDeadline = 20, OnDeadline = 4, Late = 5 };
        var thirty = twentyNine with { Late = 6 };
        Assert.Equal(24.0 / 29, twentyNine.OnTimeRate);
        Assert.Null(twentyNine.ShownOnTimeRate);
        Assert.Equal(24.0 / 30, thirty.ShownOnTimeRate);
        Assert.Equal(Sample.OnTimeRate, Sample.ShownOnTimeRate);
    }

    [Fact]
    public void Sums_add_every_count()
    {
        var total = WorkloadMeasures.Sum([Sample, Sample, WorkloadMeasures.Empty]);
        Assert.Equal(new WorkloadMeasures(60, 140, 40, 160, 20, 10, 40, 10), total);
        Assert.Equal(Sample.Plus(Sample), total);
    }
}
