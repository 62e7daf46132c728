using IocDashboard.SeedData.Reference;

namespace IocDashboard.SeedData.History;

/// <summary>
/// Generates the dossier history 2020–2024 deterministically (fixed seed): daily volumes per stream shaped by
/// the profile, exact totals where targets.json anchors a published figure, then each dossier's field,
/// procedure, channel and times, and finally the anchors' outcome counts. Dossiers keep their planned
/// resolution even when it lies after 2024: the history from 2025 on continues them (<see cref="HistoryGenerator"/>),
/// and what a consumer shows is cut at its present (<see cref="SeedHistory.AsOf"/>).
/// </summary>
public static class DossierHistoryGenerator
{
    private static readonly string[] Levels = ["province", "district", "commune"];

    public static SeedHistory Generate(ReferenceData reference, HistoryProfile profile, HistoryTargets targets)
    {
        var random = new Random(profile.Seed);
        var plan = StreamPlan.Build(reference, profile, random);
        var scopes = new AnchorScopes(reference, plan.Streams);
        var counts = DailyCounts(plan, profile, targets, scopes, random);
        var context = new GenerationContext(reference, profile, plan, random);
        var drafts = context.Draft(counts, out var dayStart);

        var adjuster = new AnchorAdjuster(drafts, dayStart, reference, profile, random);
        foreach (var anchor in targets.Anchors)
        {
            adjuster.Apply(anchor, scopes.StreamsOf(anchor.Scope));
        }

        return new SeedHistory(context.Emit(drafts), targets.Anchors.Select(a => adjuster.Check(a, scopes.StreamsOf(a.Scope))).ToList(), []);
    }

    /// <summary>
    /// Dossiers received per [stream, day]: noisy rounding of the expected volume, except inside an anchor's
    /// cells, where the anchor's received total is shared out over the cells not fixed by an earlier anchor.
    /// </summary>
    private static int[,] DailyCounts(StreamPlan plan, HistoryProfile profile, HistoryTargets targets, AnchorScopes scopes, Random random)
    {
        var streams = plan.Streams.Count;
        var days = plan.BaseVolume.GetLength(1);
        var weight = new double[streams, days];
        var counts = new int[streams, days];
        var fixedCell = new bool[streams, days];
        for (var s = 0; s < streams; s++)
        {
            for (var d = 0; d < days; d++)
            {
                var noise = Math.Exp(profile.DailyNoise * DraftDraws.Gaussian(random));
                weight[s, d] = (plan.BaseVolume[s, d] + plan.SurgeVolume[s, d]) * noise;
                counts[s, d] = (int)Math.Floor(weight[s, d] + random.NextDouble());
            }
        }

        foreach (var anchor in targets.Anchors.Where(a => a.Received is not null))
        {
            var first = anchor.From.DayNumber - profile.From.DayNumber;
            var last = anchor.To.DayNumber - profile.From.DayNumber;
            var cells = scopes.StreamsOf(anchor.Scope).SelectMany(s => Enumerable.Range(first, last - first + 1).Select(d => (s, d)));
            DailyCells.ShareOut(anchor.Id, anchor.Received!.Value, cells, weight, counts, fixedCell);
        }

        return counts;
    }

    /// <summary>Largest-remainder apportionment of a total in proportion to weights; exact and deterministic.</summary>
    internal static long[] Apportion(long total, double[] weights)
    {
        var sum = weights.Sum();
        var result = new long[weights.Length];
        var remainders = new (double Fraction, int Index)[weights.Length];
        long given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = sum > 0 ? total * weights[i] / sum : (double)total / weights.Length;
            result[i] = (long)Math.Floor(exact);
            given += result[i];
            remainders[i] = (exact - result[i], i);
        }

        foreach (var (_, index) in remainders.OrderByDescending(r => r.Fraction).ThenBy(r => r.Index).Take((int)(total - given)))
        {
            result[index]++;
        }

        return result;
    }

    /// <summary>Dossier attributes drawn per dossier: field, procedure, unit, channel, times and natural outcome.</summary>
    private sealed class GenerationContext(ReferenceData reference, HistoryProfile profile, StreamPlan plan, Random random)
    {
        private readonly Dictionary<string, int> _unitIndex = reference.OrgUnits.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i);
        private readonly Dictionary<string, int> _fieldIndex = reference.Fields.Select((f, i) => (f.Code, i)).ToDictionary(x => x.Code, x => x.i);
        // Only the procedures published by the history's last day: the catalogue's later versions must not change
        // what this history draws from.
        private readonly Dictionary<(int Field, string Level), int[]> _procedures = reference.Procedures
            .Select((p, i) => (p, i))
            .Where(x => x.p.ValidFrom <= profile.To)
            .GroupBy(x => (Field: reference.Fields.Select(f => f.Code).ToList().IndexOf(x.p.FieldCode), x.p.Level))
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());

        public DossierDraft[] Draft(int[,] counts, out int[] dayStart)
        {
            var streams = counts.GetLength(0);
            var days = counts.GetLength(1);
            long total = 0;
            foreach (var c in counts)
            {
                total += c;
            }

            var drafts = new DossierDraft[total];
            dayStart = new int[days + 1];
            var fieldPickers = Levels.ToDictionary(
                level => level, level => reference.Fields.Select(f => f.WeightAt(level)).ToArray());
            var surgeField = _fieldIndex[profile.CitizenIdSurge.Field];
            var lateWeightMean = fieldPickers.ToDictionary(
                p => p.Key, p => reference.Fields.Select((f, i) => f.LateWeight * p.Value[i]).Sum() / p.Value.Sum());
            var sequence = new int[reference.OrgUnits.Count];
            var n = 0;
            for (var d = 0; d < days; d++)
            {
                dayStart[d] = n;
                Array.Clear(sequence);
                var day = profile.From.AddDays(d);
                var midnight = day.ToDateTime(TimeOnly.MinValue).Ticks;
                for (var s = 0; s < streams; s++)
                {
                    var stream = plan.Streams[s];
                    var surgeShare = plan.SurgeVolume[s, d] / Math.Max(1e-9, plan.BaseVolume[s, d] + plan.SurgeVolume[s, d]);
                    for (var k = 0; k < counts[s, d]; k++)
                    {
                        ref var dossier = ref drafts[n++];
                        dossier.Stream = s;
                        dossier.Day = d;
                        dossier.Field = random.NextDouble() < surgeShare ? surgeField : DraftDraws.Pick(random, fieldPickers[stream.Level]);
                        var field = reference.Fields[dossier.Field];
                        var unit = stream.Level == "province" ? _unitIndex[field.OwnerAgencyCode] : _unitIndex[stream.UnitOn(day, random).Code];
                        dossier.Unit = unit;
                        dossier.Sequence = ++sequence[unit];
                        dossier.Procedure = PickProcedure(dossier.Field, stream.Level, day);
                        AssignChannel(ref dossier, stream.Level, day);
                        dossier.Received = midnight + DraftDraws.TimeOfDay(random, dossier.Channel == 2).Ticks;
                        dossier.Due = DraftDraws.Due(random, day, dossier.Received, new FieldRowRange(field.DueDaysMin, field.DueDaysMax));
                        var lateRate = profile.LateRate[stream.Level] * field.LateWeight / lateWeightMean[stream.Level];
                        dossier.Resolved = DraftDraws.Resolution(random, dossier.Received, dossier.Due, lateRate);
                    }
                }
            }

            dayStart[days] = n;
            return drafts;
        }

        public void AssignChannel(ref DossierDraft dossier, string level, DateOnly day)
        {
            var online = Interpolate(profile.OnlineShare[level], day);
            var u = random.NextDouble();
            if (u < online)
            {
                dossier.Channel = 2;
                dossier.OnlineLevel = (byte)(random.NextDouble() < Interpolate(profile.FullProcessShareOfOnline, day) ? 4 : 3);
            }
            else
            {
                dossier.Channel = (byte)(u < online + profile.PostalShare[level] ? 1 : 0);
                dossier.OnlineLevel = 0;
            }
        }

        public GeneratedDossier[] Emit(DossierDraft[] drafts)
        {
            var result = new GeneratedDossier[drafts.Length];
            for (var i = 0; i < drafts.Length; i++)
            {
                result[i] = DailyCells.ToDossier(drafts[i], plan.Streams[drafts[i].Stream], reference);
            }

            return result;
        }

        private int PickProcedure(int field, string level, DateOnly day)
        {
            if (!_procedures.TryGetValue((field, level), out var candidates))
            {
                throw new InvalidDataException($"no procedure of field {reference.Fields[field].Code} at level {level}");
            }

            for (var attempt = 0; attempt < 8; attempt++)
            {
                var pick = candidates[random.Next(candidates.Length)];
                if (reference.Procedures[pick].IsValidOn(day))
                {
                    return pick;
                }
            }

            return candidates.FirstOrDefault(p => reference.Procedures[p].IsValidOn(day), candidates[0]);
        }

        /// <summary>Yearly values stand at mid-year; days in between blend linearly, so shares grow smoothly.</summary>
        private static double Interpolate(Dictionary<int, double> byYear, DateOnly day)
        {
            var position = day.Year + (day.DayOfYear - 0.5) / (DateTime.IsLeapYear(day.Year) ? 366.0 : 365.0) - 0.5;
            var lower = (int)Math.Floor(position);
            var t = position - lower;
            var a = byYear.TryGetValue(lower, out var la) ? la : byYear[byYear.Keys.Min()];
            var b = byYear.TryGetValue(lower + 1, out var lb) ? lb : byYear[byYear.Keys.Max()];
            return a + (b - a) * t;
        }
    }
}
