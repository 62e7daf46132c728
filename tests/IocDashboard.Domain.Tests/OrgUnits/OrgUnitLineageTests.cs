using IocDashboard.Domain.OrgUnits;
using IocDashboard.SeedData;
using IocDashboard.SeedData.Reference;

namespace IocDashboard.Domain.Tests.OrgUnits;

public sealed class OrgUnitLineageTests
{
    private static SuccessorLink Whole(string from, string to) => new(from, to, false);

    private static SuccessorLink Part(string from, string to) => new(from, to, true);

    private static HashSet<string> Today(params string[] codes) => codes.ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Units_merged_whole_give_exact_figures()
    {
        var lineage = new OrgUnitLineage([Whole("A", "N"), Whole("B", "N")]);

        var origin = lineage.OriginOf("N");

        Assert.Equal([new LineageLink("A", false), new LineageLink("B", false)], origin.Predecessors);
        Assert.False(origin.Approximate);
        Assert.Null(origin.ApproximateText);
        Assert.Equal([new LineageLink("N", false)], lineage.CurrentUnitsOf("A", Today("N")));
    }

    [Fact]
    public void A_split_unit_makes_each_of_its_successors_approximate()
    {
        // S was split between X and Y; X also took W whole.
        var lineage = new OrgUnitLineage([Part("S", "X"), Part("S", "Y"), Whole("W", "X")]);

        Assert.Equal([new LineageLink("X", true), new LineageLink("Y", true)], lineage.CurrentUnitsOf("S", Today("X", "Y", "W")));
        var x = lineage.OriginOf("X");
        Assert.Equal([new LineageLink("S", true), new LineageLink("W", false)], x.Predecessors);
        Assert.True(x.Approximate);
        Assert.Equal("xấp xỉ", x.ApproximateText);
        Assert.True(lineage.OriginOf("Y").Approximate);
    }

    [Fact]
    public void Links_chain_through_an_intermediate_unit()
    {
        // 2020: P1 and P2 merged into M; 2025: M and Q merged into N.
        var lineage = new OrgUnitLineage([Whole("P1", "M"), Whole("P2", "M"), Whole("M", "N"), Whole("Q", "N")]);

        Assert.Equal(["M", "P1", "P2", "Q"], lineage.PredecessorsOf("N").Select(p => p.Code));
        Assert.False(lineage.OriginOf("N").Approximate);
        Assert.Equal([new LineageLink("N", false)], lineage.CurrentUnitsOf("P1", Today("N")));
        // Between the two changes, M was today's unit of P1.
        Assert.Equal([new LineageLink("M", false)], lineage.CurrentUnitsOf("P1", Today("M", "Q")));
        Assert.Equal(["N"], lineage.OriginsOf(["N", "Z"]).Select(u => u.Code));
    }

    [Fact]
    public void A_split_later_in_the_chain_makes_the_earlier_unit_partial_too()
    {
        var lineage = new OrgUnitLineage([Whole("P", "M"), Part("M", "X"), Part("M", "Y")]);

        Assert.Equal([new LineageLink("X", true), new LineageLink("Y", true)], lineage.CurrentUnitsOf("P", Today("X", "Y")));
        Assert.Equal([new LineageLink("M", true), new LineageLink("P", true)], lineage.PredecessorsOf("X"));
    }

    [Fact]
    public void One_whole_chain_is_enough_for_all_of_a_unit_to_have_gone_there()
    {
        // S went in part to X directly, and wholly through M: all of S's data is in X.
        var lineage = new OrgUnitLineage([Part("S", "X"), Whole("S", "M"), Whole("M", "X")]);

        Assert.Contains(new LineageLink("S", false), lineage.PredecessorsOf("X"));
    }

    [Fact]
    public void A_unit_without_links_has_no_predecessors_and_no_current_unit()
    {
        var lineage = new OrgUnitLineage([Whole("A", "N")]);

        Assert.Empty(lineage.PredecessorsOf("Z"));
        Assert.False(lineage.OriginOf("Z").Approximate);
        Assert.Empty(lineage.CurrentUnitsOf("Z", Today("N", "Z")));
        Assert.Empty(lineage.CurrentUnitsOf("N", Today("N")));
    }

    [Fact]
    public void A_successor_that_no_longer_stands_is_not_a_current_unit()
    {
        // D became T in 2020; T ended in 2025 without a successor (the district level).
        var lineage = new OrgUnitLineage([Whole("D", "T")]);

        Assert.Empty(lineage.CurrentUnitsOf("D", Today("N1", "N2")));
        Assert.Empty(lineage.OriginsOf(["N1", "N2"]));
    }

    [Fact]
    public void A_cycle_in_bad_data_ends()
    {
        var lineage = new OrgUnitLineage([Whole("A", "B"), Part("B", "A")]);

        Assert.Equal([new LineageLink("B", true)], lineage.PredecessorsOf("A"));
        Assert.Equal([new LineageLink("A", false)], lineage.PredecessorsOf("B"));
    }

    [Fact]
    public void The_seed_links_map_36_of_todays_units_to_old_Tay_Ninh_units()
    {
        var reference = ReferenceData.Load(SeedDataDirectory.Locate());
        var names = reference.OrgUnits.ToDictionary(u => u.Code, u => u.Name);
        var today = reference.OrgUnits.Where(u => u.Kind == "commune" && u.IsValidOn(new DateOnly(2026, 12, 1))).ToList();
        var codes = today.ToDictionary(u => u.Name, u => u.Code);
        var lineage = new OrgUnitLineage(reference.OrgUnitSuccessors.Select(l => new SuccessorLink(l.PredecessorCode, l.SuccessorCode, l.Partial)));

        var current = lineage.OriginsOf(today.Select(u => u.Code));

        Assert.Equal(36, current.Count);
        // Every commune valid on the eve of the reorganisation belongs to one or more of today's units.
        var todayCodes = today.Select(u => u.Code).ToHashSet();
        Assert.All(reference.OrgUnits.Where(u => u.Kind == "commune" && u.IsValidOn(new DateOnly(2025, 6, 30))),
            old => Assert.NotEmpty(lineage.CurrentUnitsOf(old.Code, todayCodes)));
        // Xã Tân Thành took part of Suối Dây (the rest went to Xã Tân Châu) and all of Tân Thành.
        var tanThanh = lineage.OriginOf(codes["Xã Tân Thành"]);
        Assert.True(tanThanh.Approximate);
        Assert.Equal(["Xã Suối Dây:True", "Xã Tân Thành:False"], tanThanh.Predecessors.Select(p => $"{names[p.Code]}:{p.Partial}").Order(StringComparer.Ordinal));
        Assert.False(lineage.OriginOf(codes["Xã Tân Biên"]).Approximate);
        // Xã Phước Chỉ carries on Phước Bình and, through it, the two communes merged into it in 2020.
        Assert.Equal(["Xã Bình Thạnh", "Xã Phước Bình", "Xã Phước Chỉ", "Xã Phước Lưu"],
            lineage.PredecessorsOf(codes["Xã Phước Chỉ"]).Select(p => names[p.Code]).Order(StringComparer.Ordinal));
    }
}
