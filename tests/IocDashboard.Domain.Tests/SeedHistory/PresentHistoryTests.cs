using IocDashboard.SeedData;
using IocDashboard.SeedData.History;
using IocDashboard.SeedData.History.Present;
using IocDashboard.SeedData.Reference;

namespace IocDashboard.Domain.Tests.SeedHistory;

/// <summary>The whole history generated once, to a fixed "today", for the tests of the present-day part.</summary>
public sealed class PresentHistoryFixture
{
    public static readonly DateOnly Today = new(2026, 11, 30);

    public PresentHistoryFixture()
    {
        var directory = SeedDataDirectory.Locate();
        Reference = ReferenceData.Load(directory);
        Profile = HistorySettings.LoadProfile(directory);
        Targets = HistorySettings.LoadTargets(directory);
        History = HistoryGenerator.Generate(Reference, Profile, Targets, Today);
    }

    public ReferenceData Reference { get; }

    public HistoryProfile Profile { get; }

    public HistoryTargets Targets { get; }

    public SeedData.History.SeedHistory History { get; }
}

public sealed class PresentHistoryTests(PresentHistoryFixture fixture) : IClassFixture<PresentHistoryFixture>
{
    private static readonly DateOnly Merger = new(2025, 7, 1);

    [Fact]
    public void Every_published_figure_after_the_merger_holds_and_the_earlier_ones_still_do()
    {
        Assert.Equal(["F11", "F12", "F12c"], fixture.History.PresentAnchors.Select(a => a.Id));
        Assert.Empty(fixture.History.Misses);
        var f11 = fixture.History.PresentAnchors[0];
        Assert.InRange(f11.Received, 46_500, 46_699);
        Assert.Equal(91.36, Math.Round(100.0 * f11.Online / f11.Received, 2, MidpointRounding.AwayFromZero));
        Assert.InRange(f11.Resolved, 42_501, 42_999);
        Assert.Equal(0, f11.Late);
        Assert.InRange(fixture.History.PresentAnchors[1].Received, 690_000, 699_999);
    }

    [Fact]
    public void The_history_to_a_day_is_a_prefix_of_the_history_to_the_next_day()
    {
        var day = new DateOnly(2026, 3, 10);
        var (toDay, _) = PresentHistoryGenerator.Generate(fixture.Reference, fixture.Profile, fixture.Targets, day);
        var (toNextDay, _) = PresentHistoryGenerator.Generate(fixture.Reference, fixture.Profile, fixture.Targets, day.AddDays(1));

        Assert.True(toNextDay.Length > toDay.Length);
        Assert.Equal(toDay, toNextDay.Take(toDay.Length));
        Assert.All(toNextDay.Skip(toDay.Length), d => Assert.Equal(day.AddDays(1), DateOnly.FromDateTime(d.ReceivedAt.DateTime)));
    }

    [Fact]
    public void A_later_present_shows_the_same_dossiers_and_more_of_them_resolved()
    {
        var monday = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
        var earlier = fixture.History.AsOf(monday).ToDictionary(d => (d.SourceCode, d.ExternalId));
        var later = fixture.History.AsOf(monday.AddDays(7)).ToDictionary(d => (d.SourceCode, d.ExternalId));

        Assert.All(earlier, e => Assert.True(later.ContainsKey(e.Key)));
        Assert.All(earlier.Values.Where(d => d.ResolvedAt is not null), d => Assert.Equal(d, later[(d.SourceCode, d.ExternalId)]));
        Assert.Contains(earlier.Values, d => d.ResolvedAt is null && later[(d.SourceCode, d.ExternalId)].ResolvedAt is not null);
        Assert.All(earlier.Values, d => Assert.True(d.ReceivedAt < monday && (d.ResolvedAt is null || d.ResolvedAt < monday)));
    }

    [Fact]
    public void Dossiers_arrive_under_the_units_valid_on_their_day_and_no_district_level_after_the_merger()
    {
        var present = fixture.History.Dossiers.Where(d => d.ReceivedAt.Year >= 2025).ToList();
        Assert.All(present, d => Assert.True(d.Unit.IsValidOn(DateOnly.FromDateTime(d.ReceivedAt.DateTime)), $"{d.ExternalId} under {d.Unit.Code}"));
        var afterMerger = present.Where(d => DateOnly.FromDateTime(d.ReceivedAt.DateTime) >= Merger).ToList();
        Assert.DoesNotContain(afterMerger, d => d.Level == "district");
        Assert.Equal(96, afterMerger.Where(d => d.Level == "commune").Select(d => d.Unit.Code).Distinct().Count());
        Assert.All(afterMerger.Where(d => d.Level == "commune"), d => Assert.Equal("MOTCUA-XA", d.SourceCode));
        Assert.Equal(
            fixture.History.Dossiers.Count,
            fixture.History.Dossiers.Select(d => (d.SourceCode, d.ExternalId)).Distinct().Count());
    }

    [Fact]
    public void The_new_province_is_several_times_the_old_one_and_mostly_online()
    {
        int Received(DateOnly from, DateOnly to) => fixture.History.Dossiers.Count(d => DateOnly.FromDateTime(d.ReceivedAt.DateTime) is var day && day >= from && day <= to);
        var lastMonthBefore = Received(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31));
        var aMonthAfter = Received(new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31));
        Assert.InRange((double)aMonthAfter / lastMonthBefore, 3.0, 8.0);
        Assert.InRange(fixture.History.Dossiers.Count, 4_200_000, 5_400_000);

        var communes = fixture.History.Dossiers.Where(d => d.Level == "commune" && d.ReceivedAt.Year == 2026).ToList();
        Assert.InRange(communes.Count(d => d.Channel == "online") / (double)communes.Count, 0.7, 0.9);
    }
}
