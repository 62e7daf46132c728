using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;

namespace IocDashboard.Domain.Tests.Dossiers;

public sealed class DossierMeasuresTests
{
    // F1 of DOMAIN.md: the province, 2024-01-01 … 2024-09-30.
    private static readonly DossierMeasures F1 = new(
        Received: 270497, ResolvedOnTime: 254598, ResolvedLate: 5505, PendingWithinDeadline: 10000, PendingOverdue: 394,
        ReceivedDirect: 0, ReceivedPostal: 0, ReceivedOnline: 0, ResolvedFullProcessOnline: 0);

    [Fact]
    public void F1_on_time_share_of_received_is_94_12_percent()
    {
        Assert.Equal(260103, F1.Resolved);
        Assert.Equal(0.941223, Math.Round(F1.OnTimeShareOfReceived!.Value, 6));
        Assert.Equal("94,12%", VietnameseFormat.Percent(F1.OnTimeShareOfReceived));
    }

    [Fact]
    public void F1_late_share_rounds_half_away_from_zero_to_2_04_percent_where_the_report_truncated()
    {
        Assert.Equal("2,04%", VietnameseFormat.Percent(F1.LateShareOfReceived));
    }

    [Fact]
    public void F5_resolved_rate_is_91_30_percent_and_overdue_share_0_43_percent()
    {
        var f5 = DossierMeasures.Empty with { Received = 51158, ResolvedOnTime = 46709, PendingOverdue = 218 };
        Assert.Equal("91,30%", VietnameseFormat.Percent(f5.ResolvedRate));
        Assert.Equal("0,43%", VietnameseFormat.Percent(f5.PendingOverdueShareOfReceived));
    }

    [Fact]
    public void Rates_of_an_empty_period_are_absent_not_zero()
    {
        Assert.Null(DossierMeasures.Empty.OnTimeRate);
        Assert.Null(DossierMeasures.Empty.OnTimeShareOfReceived);
        Assert.Equal("—", VietnameseFormat.Percent(DossierMeasures.Empty.OnlineRate));
    }

    [Fact]
    public void Add_counts_one_dossier_into_its_outcome_and_channel()
    {
        var m = DossierMeasures.Empty
            .Add(Channel.Online, DossierOutcome.ResolvedOnTime, fullProcessOnline: true)
            .Add(Channel.Direct, DossierOutcome.ResolvedLate, fullProcessOnline: false)
            .Add(Channel.Postal, DossierOutcome.PendingOverdue, fullProcessOnline: false)
            .Add(Channel.Online, DossierOutcome.PendingWithinDeadline, fullProcessOnline: true);

        Assert.Equal(new DossierMeasures(4, 1, 1, 1, 1, 1, 1, 2, 1), m);
        Assert.Equal(0.5, m.OnTimeRate);
        Assert.Equal(0.5, m.OnlineRate);
    }

    [Fact]
    public void Sum_of_disjoint_parts_equals_counting_them_together()
    {
        var outcomes = Enum.GetValues<DossierOutcome>();
        var channels = Enum.GetValues<Channel>();
        var together = DossierMeasures.Empty;
        var parts = new[] { DossierMeasures.Empty, DossierMeasures.Empty, DossierMeasures.Empty };
        for (var i = 0; i < 60; i++)
        {
            var (channel, outcome, full) = (channels[i % channels.Length], outcomes[i / 3 % outcomes.Length], i % 7 == 0);
            together = together.Add(channel, outcome, full);
            parts[i % 3] = parts[i % 3].Add(channel, outcome, full);
        }

        Assert.Equal(together, DossierMeasures.Sum(parts));
        Assert.Equal(60, DossierMeasures.Sum(parts).Received);
        Assert.Equal(DossierMeasures.Empty, DossierMeasures.Sum([]));
    }
}
