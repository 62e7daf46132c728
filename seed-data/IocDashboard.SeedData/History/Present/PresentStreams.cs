using IocDashboard.SeedData.Reference;

namespace IocDashboard.SeedData.History.Present;

/// <summary>
/// The streams of the present-day history: before the merger the old province's (the provincial centre, the
/// district-level one-stop-shops, the communes valid on the eve of the merger), after it the new province's
/// (the provincial centre and the 96 communes and wards; the district level is gone).
/// </summary>
internal sealed class PresentStreams
{
    private PresentStreams(IReadOnlyList<DossierStream> before, IReadOnlyList<DossierStream> after)
    {
        Before = before;
        After = after;
        All = [.. before, .. after];
    }

    public IReadOnlyList<DossierStream> Before { get; }

    public IReadOnlyList<DossierStream> After { get; }

    /// <summary>Before then after; a stream's Index is its place here.</summary>
    public IReadOnlyList<DossierStream> All { get; }

    public static PresentStreams Build(ReferenceData reference, HistoryProfile profile)
    {
        var present = profile.Present;
        // Shares come from a stream of their own, so that they do not depend on how many days are generated.
        var random = new Random(present.Seed);
        var units = reference.OrgUnits;
        var byCode = units.ToDictionary(u => u.Code);
        var eve = present.Merger.AddDays(-1);
        var centre = byCode[StreamPlan.CentreCode];

        var before = new List<DossierStream> { new(0, "province", centre, [], "MOTCUA-" + StreamPlan.CentreCode) };
        foreach (var district in units.Where(u => u.Kind == "district" && u.IsValidOn(eve)))
        {
            before.Add(new DossierStream(before.Count, "district", district, [], "MOTCUA-" + district.Code));
        }

        foreach (var commune in units.Where(u => u.Kind == "commune" && u.IsValidOn(eve)))
        {
            var district = byCode[commune.ParentCode ?? throw new InvalidDataException($"commune {commune.Code} has no parent")];
            before.Add(new DossierStream(before.Count, "commune", commune, [], "MOTCUA-" + district.Code));
        }

        var after = new List<DossierStream> { new(before.Count, "province", centre, [], "MOTCUA-" + StreamPlan.CentreCode) };
        foreach (var commune in units.Where(u => u.Kind == "commune" && u.ValidFrom == present.Merger))
        {
            after.Add(new DossierStream(before.Count + after.Count, "commune", commune, [], present.CommuneSourceCode));
        }

        if (after.Count == 1)
        {
            throw new InvalidDataException($"no commune-level unit starts on the merger day {present.Merger:yyyy-MM-dd}");
        }

        AssignShares(before, profile, random);
        AssignShares(after, profile, random);
        return new PresentStreams(before, after);
    }

    /// <summary>Each level's volume is shared out by the kind of commune and a spread drawn once per stream.</summary>
    private static void AssignShares(List<DossierStream> streams, HistoryProfile profile, Random random)
    {
        foreach (var stream in streams)
        {
            var kindWeight = stream.Level == "commune"
                ? profile.CommuneKindWeights.FirstOrDefault(k => stream.Slot.Name.StartsWith(k.Key, StringComparison.Ordinal)).Value
                : 0;
            stream.Share = (kindWeight > 0 ? kindWeight : 1.0) * (1.0 + (profile.UnitWeightSpread * ((2 * random.NextDouble()) - 1)));
        }

        foreach (var level in streams.GroupBy(s => s.Level))
        {
            var total = level.Sum(s => s.Share);
            foreach (var stream in level)
            {
                stream.Share /= total;
            }
        }
    }
}
