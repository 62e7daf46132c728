using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Periods;
using IocDashboard.SeedData.History;

namespace IocDashboard.Domain.Tests.SeedHistory;

/// <summary>
/// The generated history, counted with the Domain's own rules, gives the published figures (DOMAIN.md), and
/// looks like a province between them.
/// </summary>
public sealed class GeneratedHistoryTests(GeneratedHistoryFixture fixture) : IClassFixture<GeneratedHistoryFixture>
{
    private IReadOnlyList<GeneratedDossier> Dossiers => fixture.History.Dossiers;

    [Fact]
    public void F1_province_first_nine_months_of_2024()
    {
        var m = Measure("2024-01-01", "2024-09-30", "TNH");
        Assert.Equal((270497, 260103, 254598, 5505), (m.Received, m.Resolved, m.ResolvedOnTime, m.ResolvedLate));
    }

    [Fact]
    public void F5_agencies_and_district_one_stop_shops_mid_2020()
    {
        var m = Measure("2020-06-11", "2020-09-09", "TNH", levels: ["province", "district"]);
        Assert.Equal((51158, 46709, 218), (m.Received, m.Resolved, m.PendingOverdue));
    }

    [Fact]
    public void F6_service_centre_January_to_July_2022()
    {
        var m = Measure("2022-01-01", "2022-07-31", "TTPVHCC");
        Assert.InRange(m.Received, 88000, 89999);
        Assert.True(m.ReceivedDirect > 71000 && m.ReceivedPostal > 3500 && m.ReceivedOnline > 14000 && m.OnlineRate > 0.15);
        Assert.True(m.Resolved > 83000);
        Assert.Equal(223, m.ResolvedLate);
    }

    [Fact]
    public void F7_province_January_to_July_2022()
    {
        var m = Measure("2022-01-01", "2022-07-31", "TNH");
        Assert.InRange(m.Received, 320000, 323999);
        Assert.True(m.ResolvedFullProcessOnline > 58000);
    }

    [Fact]
    public void F8_Tan_Bien_own_one_stop_shop_2022()
    {
        var m = Measure("2022-01-01", "2022-12-31", "705", self: true);
        Assert.Equal((3061, 3035, 22), (m.Received, m.ResolvedOnTime, m.ResolvedLate));
    }

    [Fact]
    public void Every_anchor_of_targets_json_holds() =>
        Assert.All(fixture.History.Anchors, a => Assert.True(a.Holds, string.Join("; ", a.Misses)));

    [Fact]
    public void About_two_million_dossiers_over_five_years()
    {
        Assert.InRange(Dossiers.Count, 1_900_000, 2_200_000);
        Assert.Equal(new DateOnly(2020, 1, 1), Dossiers.Min(d => DateOnly.FromDateTime(d.ReceivedAt.DateTime)));
        Assert.Equal(new DateOnly(2024, 12, 31), Dossiers.Max(d => DateOnly.FromDateTime(d.ReceivedAt.DateTime)));
    }

    [Fact]
    public void Every_dossier_is_consistent_with_the_reference_data()
    {
        var keys = new HashSet<(string, string)>();
        foreach (var d in Dossiers)
        {
            var day = DateOnly.FromDateTime(d.ReceivedAt.DateTime);
            Assert.True(d.Unit.IsValidOn(day), $"{d.ExternalId}: unit {d.Unit.Code} not valid on {day}");
            Assert.True(d.Procedure.IsValidOn(day), $"{d.ExternalId}: procedure {d.Procedure.Code} not valid on {day}");
            Assert.Equal(d.Field.Code, d.Procedure.FieldCode);
            Assert.Equal(d.Level, d.Procedure.Level);
            Assert.True(d.ResolvedAt is null || d.ResolvedAt >= d.ReceivedAt, d.ExternalId);
            Assert.True(d.DueAt > d.ReceivedAt, d.ExternalId);
            Assert.True(d.Channel == "online" ? d.OnlineLevel is 3 or 4 : d.OnlineLevel == 0, d.ExternalId);
            Assert.True(keys.Add((d.SourceCode, d.ExternalId)), $"duplicate {d.SourceCode}/{d.ExternalId}");
        }
    }

    [Fact]
    public void Weekdays_are_busy_Sundays_and_Tet_are_quiet()
    {
        var byDay = Dossiers.GroupBy(d => DateOnly.FromDateTime(d.ReceivedAt.DateTime)).ToDictionary(g => g.Key, g => g.Count());
        double Mean(Func<DateOnly, bool> which) => byDay.Where(kv => which(kv.Key)).Average(kv => (double)kv.Value);
        Assert.True(Mean(d => d.DayOfWeek == DayOfWeek.Monday) > 10 * Mean(d => d.DayOfWeek == DayOfWeek.Sunday));

        var tet2023 = new DateOnly(2023, 1, 22);
        var tetWeek = Enumerable.Range(-2, 7).Sum(o => byDay.GetValueOrDefault(tet2023.AddDays(o)));
        var monthLater = Enumerable.Range(26, 7).Sum(o => byDay.GetValueOrDefault(tet2023.AddDays(o)));
        Assert.True(tetWeek * 10 < monthLater, $"Tết week {tetWeek}, a month later {monthLater}");
    }

    [Fact]
    public void Online_channel_grows_from_about_5_to_about_30_percent()
    {
        double OnlineShare(int year)
        {
            var ofYear = Dossiers.Where(d => d.ReceivedAt.Year == year).ToList();
            return ofYear.Count(d => d.Channel == "online") / (double)ofYear.Count;
        }

        Assert.InRange(OnlineShare(2020), 0.03, 0.08);
        Assert.InRange(OnlineShare(2024), 0.25, 0.35);
    }

    [Fact]
    public void Citizen_id_dossiers_surge_in_2021_and_2022()
    {
        int IdCards(int year) => Dossiers.Count(d => d.ReceivedAt.Year == year && d.Field.Code == fixture.Profile.CitizenIdSurge.Field);
        Assert.True(IdCards(2021) > 3 * IdCards(2023), $"2021 {IdCards(2021)} vs 2023 {IdCards(2023)}");
    }

    [Fact]
    public void Land_and_construction_take_longer_than_certifications()
    {
        double MedianDays(string field) => Dossiers
            .Where(d => d.Field.Code == field && d.ResolvedAt is not null)
            .Select(d => (d.ResolvedAt!.Value - d.ReceivedAt).TotalDays)
            .Order().ElementAt(Dossiers.Count(d => d.Field.Code == field && d.ResolvedAt is not null) / 2);
        Assert.True(MedianDays("DAT_DAI") > 3 * MedianDays("CHUNG_THUC"));
    }

    /// <summary>Counts the generated dossiers of a scope and period with the Domain's outcome rule.</summary>
    private DossierMeasures Measure(string from, string to, string unit, bool self = false, string[]? levels = null)
    {
        var period = new ReportingPeriod(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        var measures = DossierMeasures.Empty;
        foreach (var d in Dossiers)
        {
            if (d.ReceivedAt < period.Start || d.ReceivedAt >= period.End
                || (levels is not null && !levels.Contains(d.Level))
                || (self ? d.Unit.Code != unit : !fixture.Ancestors[d.Unit.Code].Contains(unit)))
            {
                continue;
            }

            var channel = DossierCodes.ParseChannel(d.Channel);
            measures = measures.Add(channel, DossierOutcomeRule.At(d.DueAt, d.ResolvedAt, period.End), channel == Channel.Online && d.OnlineLevel == 4);
        }

        return measures;
    }
}
