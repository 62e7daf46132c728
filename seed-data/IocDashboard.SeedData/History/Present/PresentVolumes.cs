namespace IocDashboard.SeedData.History.Present;

/// <summary>
/// How many dossiers each present-day stream receives each day: the era's yearly volume shared out by stream and
/// by the calendar's day factors, with noise drawn from the day's own stream; inside a workload anchor's period
/// the anchor's received total is shared out exactly over the cells not fixed by an earlier anchor.
/// </summary>
internal sealed class PresentVolumes
{
    private readonly HistoryProfile _profile;
    private readonly PresentStreams _streams;
    private readonly DayCalendar _calendar;
    private readonly int _days;
    private readonly Dictionary<int, double> _yearFactor = [];

    public PresentVolumes(HistoryProfile profile, PresentStreams streams, DateOnly horizon)
    {
        _profile = profile;
        _streams = streams;
        _calendar = new DayCalendar(profile);
        _days = horizon.DayNumber - profile.Present.From.DayNumber + 1;
    }

    public int[,] DailyCounts(IReadOnlyList<WorkloadAnchor> anchors, AnchorScopes scopes)
    {
        var present = _profile.Present;
        var all = _streams.All;
        var weight = new double[all.Count, _days];
        var counts = new int[all.Count, _days];
        for (var d = 0; d < _days; d++)
        {
            var day = present.From.AddDays(d);
            var random = PresentHistoryGenerator.Rng(present.Seed, day, PresentHistoryGenerator.CountStream);
            var (era, shape) = day < present.Merger ? (_streams.Before, present.BeforeMerger) : (_streams.After, present.AfterMerger);
            foreach (var stream in era)
            {
                var expected = Expected(shape, stream, day, day < present.Merger ? present.From.Year : present.Merger.Year);
                weight[stream.Index, d] = expected * Math.Exp(_profile.DailyNoise * DraftDraws.Gaussian(random));
                counts[stream.Index, d] = (int)Math.Floor(weight[stream.Index, d] + random.NextDouble());
            }
        }

        var fixedCell = new bool[all.Count, _days];
        foreach (var anchor in anchors.Where(a => a.Received is not null))
        {
            var first = anchor.From.DayNumber - present.From.DayNumber;
            var last = anchor.To.DayNumber - present.From.DayNumber;
            var cells = scopes.StreamsOf(anchor.Scope)
                .SelectMany(s => Enumerable.Range(first, last - first + 1).Where(d => weight[s, d] > 0).Select(d => (s, d)));
            DailyCells.ShareOut(anchor.Id, anchor.Received!.Value, cells, weight, counts, fixedCell);
        }

        return counts;
    }

    /// <summary>The era's yearly volume of the stream's level, grown since the era's first year, on this day's share of the year.</summary>
    private double Expected(EraShape shape, DossierStream stream, DateOnly day, int eraFirstYear)
    {
        var yearly = shape.YearlyVolumes[stream.Level] * Math.Pow(1 + shape.YearlyGrowth, day.Year - eraFirstYear);
        return yearly * stream.Share * _calendar.Factor(day) / YearFactor(day.Year);
    }

    /// <summary>The sum of a whole calendar year's day factors: a day's share of the year is its factor over this.</summary>
    private double YearFactor(int year)
    {
        if (!_yearFactor.TryGetValue(year, out var sum))
        {
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                sum += _calendar.Factor(day);
            }

            _yearFactor[year] = sum;
        }

        return sum;
    }
}
