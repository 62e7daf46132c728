using IocDashboard.SeedData.Reference;

namespace IocDashboard.SeedData.History;

/// <summary>The streams of the province and the expected number of dossiers of each stream on each day.</summary>
internal sealed class StreamPlan
{
    public const string CentreCode = "TTPVHCC";

    private StreamPlan(IReadOnlyList<DossierStream> streams, double[,] baseVolume, double[,] surgeVolume)
    {
        Streams = streams;
        BaseVolume = baseVolume;
        SurgeVolume = surgeVolume;
    }

    public IReadOnlyList<DossierStream> Streams { get; }

    /// <summary>Expected dossiers [stream, day] of the ordinary mix of fields.</summary>
    public double[,] BaseVolume { get; }

    /// <summary>Expected extra citizen-ID dossiers [stream, day] during the 2021–22 campaign.</summary>
    public double[,] SurgeVolume { get; }

    public static StreamPlan Build(ReferenceData reference, HistoryProfile profile, Random random)
    {
        var streams = BuildStreams(reference, profile, random);
        var calendar = new DayCalendar(profile);
        var days = profile.To.DayNumber - profile.From.DayNumber + 1;
        var dayFactor = new double[days];
        for (var d = 0; d < days; d++)
        {
            dayFactor[d] = calendar.Factor(profile.From.AddDays(d));
        }

        var baseVolume = new double[streams.Count, days];
        foreach (var year in Enumerable.Range(profile.From.Year, profile.To.Year - profile.From.Year + 1))
        {
            var first = Math.Max(0, new DateOnly(year, 1, 1).DayNumber - profile.From.DayNumber);
            var last = Math.Min(days - 1, new DateOnly(year, 12, 31).DayNumber - profile.From.DayNumber);
            var yearFactor = 0.0;
            for (var d = first; d <= last; d++)
            {
                yearFactor += dayFactor[d];
            }

            foreach (var stream in streams)
            {
                var perFactor = profile.YearlyVolumes[stream.Level][year] * stream.Share / yearFactor;
                for (var d = first; d <= last; d++)
                {
                    baseVolume[stream.Index, d] = perFactor * dayFactor[d];
                }
            }
        }

        var surgeVolume = new double[streams.Count, days];
        var surge = profile.CitizenIdSurge;
        var surgeFirst = surge.From.DayNumber - profile.From.DayNumber;
        var surgeLast = surge.To.DayNumber - profile.From.DayNumber;
        var bump = new double[days];
        var bumpTotal = 0.0;
        for (var d = surgeFirst; d <= surgeLast; d++)
        {
            // A smooth rise and fall over the campaign.
            bump[d] = Math.Sin(Math.PI * (d - surgeFirst + 0.5) / (surgeLast - surgeFirst + 1)) * dayFactor[d];
            bumpTotal += bump[d];
        }

        foreach (var stream in streams.Where(s => s.Level == surge.Level))
        {
            for (var d = surgeFirst; d <= surgeLast; d++)
            {
                surgeVolume[stream.Index, d] = surge.ExtraDossiers * stream.Share * bump[d] / bumpTotal;
            }
        }

        return new StreamPlan(streams, baseVolume, surgeVolume);
    }

    private static List<DossierStream> BuildStreams(ReferenceData reference, HistoryProfile profile, Random random)
    {
        var units = reference.OrgUnits;
        var byCode = units.ToDictionary(u => u.Code);
        var predecessorCodes = reference.OrgUnitSuccessors.ToLookup(l => l.SuccessorCode, l => l.PredecessorCode);
        List<OrgUnitRow> PredecessorsOf(OrgUnitRow unit) => units.Where(u => predecessorCodes[unit.Code].Contains(u.Code)).ToList();

        // The streams are the units as they stand at the end of the history; the units of the 2025
        // reorganisation come after it.
        bool IsCurrent(OrgUnitRow u) => u.IsValidOn(profile.To);

        var streams = new List<DossierStream>
        {
            new(0, "province", byCode[CentreCode], [], "MOTCUA-" + CentreCode),
        };
        streams[0].Share = 1.0;

        foreach (var district in units.Where(u => u.Kind == "district" && IsCurrent(u)))
        {
            streams.Add(new DossierStream(streams.Count, "district", district, PredecessorsOf(district), "MOTCUA-" + district.Code)
            {
                Share = 1.0 + profile.UnitWeightSpread * (2 * random.NextDouble() - 1),
            });
        }

        foreach (var commune in units.Where(u => u.Kind == "commune" && IsCurrent(u)))
        {
            var kindWeight = profile.CommuneKindWeights.FirstOrDefault(k => commune.Name.StartsWith(k.Key, StringComparison.Ordinal)).Value;
            var district = byCode[commune.ParentCode ?? throw new InvalidDataException($"commune {commune.Code} has no parent")];
            streams.Add(new DossierStream(streams.Count, "commune", commune, PredecessorsOf(commune), "MOTCUA-" + district.Code)
            {
                Share = (kindWeight > 0 ? kindWeight : 1.0) * (1.0 + profile.UnitWeightSpread * (2 * random.NextDouble() - 1)),
            });
        }

        foreach (var level in streams.GroupBy(s => s.Level))
        {
            var total = level.Sum(s => s.Share);
            foreach (var stream in level)
            {
                stream.Share /= total;
            }
        }

        return streams;
    }
}
