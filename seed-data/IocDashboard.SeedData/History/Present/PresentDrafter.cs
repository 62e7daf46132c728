using IocDashboard.SeedData.Reference;

namespace IocDashboard.SeedData.History.Present;

/// <summary>
/// Draws each present-day dossier's field, procedure, unit, channel and times from its day's own random stream.
/// After the merger the communes also take the work that the district level handled before (the district level is
/// gone): their dossiers follow the district and commune levels' mix of fields, with the commune-level procedures of
/// the day (the catalogue moved the district level's procedures to the communes on 1 July 2025).
/// </summary>
internal sealed class PresentDrafter
{
    private readonly ReferenceData _reference;
    private readonly PresentProfile _present;
    private readonly PresentStreams _streams;
    private readonly Dictionary<string, int> _unitIndex;
    private readonly Dictionary<(int Field, string Level), int[]> _procedures;
    private readonly Dictionary<(int Field, string Level), int[]> _valid = [];
    private DateOnly _validDay;

    public PresentDrafter(ReferenceData reference, HistoryProfile profile, PresentStreams streams)
    {
        _reference = reference;
        _present = profile.Present;
        _streams = streams;
        _unitIndex = reference.OrgUnits.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var fieldIndex = reference.Fields.Select((f, i) => (f.Code, i)).ToDictionary(x => x.Code, x => x.i);
        _procedures = reference.Procedures
            .Select((p, i) => (p, i))
            .GroupBy(x => (fieldIndex[x.p.FieldCode], x.p.Level))
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
    }

    public (DossierDraft[] Drafts, int[] DayStart) Draft(int[,] counts)
    {
        var days = counts.GetLength(1);
        long total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        var drafts = new DossierDraft[total];
        var dayStart = new int[days + 1];
        var sequence = new int[_reference.OrgUnits.Count];
        var eras = new[] { new EraDraws(this, _present.BeforeMerger, merged: false), new EraDraws(this, _present.AfterMerger, merged: true) };
        var n = 0;
        for (var d = 0; d < days; d++)
        {
            dayStart[d] = n;
            Array.Clear(sequence);
            var day = _present.From.AddDays(d);
            var random = PresentHistoryGenerator.Rng(_present.Seed, day, PresentHistoryGenerator.DossierStream);
            var merged = day >= _present.Merger;
            var era = eras[merged ? 1 : 0];
            var midnight = day.ToDateTime(TimeOnly.MinValue).Ticks;
            foreach (var stream in merged ? _streams.After : _streams.Before)
            {
                for (var k = 0; k < counts[stream.Index, d]; k++)
                {
                    ref var dossier = ref drafts[n++];
                    dossier.Stream = stream.Index;
                    dossier.Day = d;
                    dossier.Field = DraftDraws.Pick(random, era.FieldWeights[stream.Level]);
                    var field = _reference.Fields[dossier.Field];
                    dossier.Unit = stream.Level == "province" ? _unitIndex[field.OwnerAgencyCode] : _unitIndex[stream.Slot.Code];
                    dossier.Sequence = ++sequence[dossier.Unit];
                    dossier.Procedure = PickProcedure(random, dossier.Field, stream.Level, day);
                    era.AssignChannel(random, ref dossier, stream.Level);
                    dossier.Received = midnight + DraftDraws.TimeOfDay(random, dossier.Channel == 2).Ticks;
                    dossier.Due = DraftDraws.Due(random, day, dossier.Received, new FieldRowRange(field.DueDaysMin, field.DueDaysMax));
                    dossier.Resolved = DraftDraws.Resolution(random, dossier.Received, dossier.Due, era.LateRate(stream.Level, field));
                }
            }
        }

        dayStart[days] = n;
        return (drafts, dayStart);
    }

    /// <summary>The first <paramref name="count"/> drafts (the days up to the last one asked for) as dossiers, with their planned resolutions.</summary>
    public GeneratedDossier[] Emit(DossierDraft[] drafts, int count)
    {
        var result = new GeneratedDossier[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = DailyCells.ToDossier(drafts[i], _streams.All[drafts[i].Stream], _reference);
        }

        return result;
    }

    /// <summary>A procedure of the field at the level, among those valid on the day (the catalogue changes over time).</summary>
    private int PickProcedure(Random random, int field, string level, DateOnly day)
    {
        if (day != _validDay)
        {
            _valid.Clear();
            _validDay = day;
        }

        if (!_valid.TryGetValue((field, level), out var candidates))
        {
            candidates = (_procedures.GetValueOrDefault((field, level)) ?? []).Where(p => _reference.Procedures[p].IsValidOn(day)).ToArray();
            _valid[(field, level)] = candidates;
        }

        if (candidates.Length == 0)
        {
            throw new InvalidDataException($"no procedure of field {_reference.Fields[field].Code} at level {level} valid on {day:yyyy-MM-dd}");
        }

        return candidates[random.Next(candidates.Length)];
    }

    /// <summary>What one era draws from: field weights, procedure levels, channel shares and late rates per level.</summary>
    private sealed class EraDraws
    {
        private readonly PresentDrafter _owner;
        private readonly EraShape _shape;
        private readonly bool _merged;
        private readonly Dictionary<string, double> _lateWeightMean;

        public EraDraws(PresentDrafter owner, EraShape shape, bool merged)
        {
            _owner = owner;
            _shape = shape;
            _merged = merged;
            var fields = owner._reference.Fields;
            FieldWeights = shape.YearlyVolumes.Keys.ToDictionary(
                level => level,
                level => fields.Select(f => FieldLevels(level).Sum(l => f.WeightAt(l))).ToArray());
            _lateWeightMean = FieldWeights.ToDictionary(
                p => p.Key, p => fields.Select((f, i) => f.LateWeight * p.Value[i]).Sum() / p.Value.Sum());
        }

        public Dictionary<string, double[]> FieldWeights { get; }

        /// <summary>Whose mix of fields a level's dossiers follow: after the merger the communes' also the former district level's.</summary>
        public string[] FieldLevels(string level) => _merged && level == "commune" ? ["district", "commune"] : [level];

        public double LateRate(string level, FieldRow field) => _shape.LateRate[level] * field.LateWeight / _lateWeightMean[level];

        public void AssignChannel(Random random, ref DossierDraft dossier, string level)
        {
            var online = _shape.OnlineShare[level];
            var u = random.NextDouble();
            if (u < online)
            {
                dossier.Channel = 2;
                dossier.OnlineLevel = (byte)(random.NextDouble() < _owner._present.FullProcessShareOfOnline ? 4 : 3);
            }
            else
            {
                dossier.Channel = (byte)(u < online + _shape.PostalShare[level] ? 1 : 0);
                dossier.OnlineLevel = 0;
            }
        }
    }
}
