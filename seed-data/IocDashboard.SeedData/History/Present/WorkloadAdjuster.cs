namespace IocDashboard.SeedData.History.Present;

/// <summary>
/// Makes the present-day dossiers give a workload anchor's figures exactly, by moving the fewest plausible
/// dossiers: the latest-received slip past the period's end (or the earliest still open finish inside it), late
/// ones finish before their due time (or on-time ones just after it), channels switch. Dossiers of an earlier
/// anchor are left alone. Works in local-time ticks, as the drafts do.
/// </summary>
internal sealed class WorkloadAdjuster(DossierDraft[] drafts, PresentStreams streams, AnchorScopes scopes)
{
    private static readonly long Day = TimeSpan.TicksPerDay;
    private static readonly long Minute = TimeSpan.TicksPerMinute;

    public void Apply(WorkloadAnchor anchor, Random random)
    {
        var window = Window.Of(anchor);
        var inScope = InScope(anchor);
        // A late count first (it may move a dossier out of the period), then the resolved count (its moves keep
        // dossiers on time), then the late count that an on-time rate implies of the resolved.
        if (anchor.Late is { } late)
        {
            AdjustLate(anchor.Id, late, window, inScope, random);
        }

        AdjustResolved(anchor, window, inScope, random);
        if (anchor.OnTimeRate is { } rate)
        {
            var resolved = Count(inScope, d => window.Holds(d.Resolved));
            AdjustLate(anchor.Id, (int)Math.Round(resolved * (1 - rate), MidpointRounding.AwayFromZero), window, inScope, random);
        }

        AdjustOnline(anchor, window, inScope, random);
        if (anchor is { Resolved: null, Late: null, OnTimeRate: null, Online: null })
        {
            return; // nothing moved: a later anchor may still shape these dossiers
        }

        for (var i = 0; i < drafts.Length; i++)
        {
            if (inScope[drafts[i].Stream] && (window.Holds(drafts[i].Received) || window.Holds(drafts[i].Resolved)))
            {
                drafts[i].Locked = true;
            }
        }
    }

    public WorkloadAnchorCheck Check(WorkloadAnchor anchor)
    {
        var window = Window.Of(anchor);
        var inScope = InScope(anchor);
        int received = 0, online = 0, resolved = 0, late = 0;
        foreach (ref readonly var d in drafts.AsSpan())
        {
            if (!inScope[d.Stream])
            {
                continue;
            }

            if (window.Holds(d.Received))
            {
                received++;
                online += d.Channel == 2 ? 1 : 0;
            }

            if (window.Holds(d.Resolved))
            {
                resolved++;
                late += d.Resolved > d.Due ? 1 : 0;
            }
        }

        var misses = new List<string>();
        void Expect(string name, int? target, int actual)
        {
            if (target is { } t && t != actual)
            {
                misses.Add($"{anchor.Id}.{name}: target {t}, generated {actual}");
            }
        }

        Expect("received", anchor.Received, received);
        Expect("online", anchor.Online, online);
        Expect("resolved", anchor.Resolved, resolved);
        Expect("late", anchor.Late, late);
        var rate = resolved == 0 ? 0 : (double)(resolved - late) / resolved;
        if (anchor.OnTimeRate is { } exact && Math.Round(rate, 4, MidpointRounding.AwayFromZero) != exact)
        {
            misses.Add($"{anchor.Id}.onTimeRate: target {exact}, generated {rate:F6}");
        }

        if (anchor.OnTimeRateAbove is { } floor && rate <= floor)
        {
            misses.Add($"{anchor.Id}.onTimeRate: target above {floor}, generated {rate:F6}");
        }

        return new WorkloadAnchorCheck(anchor.Id, received, online, resolved, late, misses);
    }

    private bool[] InScope(WorkloadAnchor anchor)
    {
        var inScope = new bool[streams.All.Count];
        foreach (var s in scopes.StreamsOf(anchor.Scope))
        {
            inScope[s] = true;
        }

        return inScope;
    }

    private List<int> Free(bool[] inScope, Func<DossierDraft, bool> predicate)
    {
        var found = new List<int>();
        for (var i = 0; i < drafts.Length; i++)
        {
            if (inScope[drafts[i].Stream] && !drafts[i].Locked && predicate(drafts[i]))
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>Resolved in the period, whatever the day of receipt.</summary>
    private void AdjustResolved(WorkloadAnchor anchor, Window window, bool[] inScope, Random random)
    {
        if (anchor.Resolved is not { } target)
        {
            return;
        }

        var current = Count(inScope, d => window.Holds(d.Resolved));
        if (current > target)
        {
            // The latest receipts of the period finish after it instead; their due time moves with them, so that
            // none turns late.
            var movable = Free(inScope, d => window.Holds(d.Received) && window.Holds(d.Resolved))
                .OrderByDescending(i => drafts[i].Received).Take(current - target).ToList();
            foreach (var i in movable)
            {
                ref var d = ref drafts[i];
                d.Resolved = window.End + (long)((0.3 + (4 * random.NextDouble())) * Day);
                d.Due = Math.Max(d.Due, d.Resolved + Day);
            }

            current -= movable.Count;
        }
        else if (current < target)
        {
            // The earliest receipts still open at the period's end finish inside it, before their due time.
            var movable = Free(inScope, d => window.Holds(d.Received) && d.Resolved >= window.End && d.Received + Minute < window.End)
                .OrderBy(i => drafts[i].Received).Take(target - current).ToList();
            foreach (var i in movable)
            {
                ref var d = ref drafts[i];
                var latest = Math.Min(d.Due, window.End - Minute);
                d.Resolved = latest > d.Received ? d.Received + (long)((latest - d.Received) * (0.3 + (0.6 * random.NextDouble()))) : d.Received + Minute;
            }

            current += movable.Count;
        }

        if (current != target)
        {
            throw new InvalidDataException($"anchor {anchor.Id}: cannot reach resolved = {target} (at {current})");
        }
    }

    /// <summary>Late among the resolved in the period.</summary>
    private void AdjustLate(string anchorId, int target, Window window, bool[] inScope, Random random)
    {
        var current = Count(inScope, d => window.Holds(d.Resolved) && d.Resolved > d.Due);
        if (current > target)
        {
            // Finish before the due time: inside the period when the due time allows, else before the period
            // (a dossier carried over already overdue); the resolved count is set after this.
            var movable = Free(inScope, d => window.Holds(d.Resolved) && d.Resolved > d.Due && d.Due > d.Received);
            Shuffle(movable, random);
            foreach (var i in movable.Take(current - target))
            {
                ref var d = ref drafts[i];
                var earliest = Math.Max(window.Start, d.Received);
                var latest = Math.Min(d.Due, window.End - Minute);
                if (latest <= earliest)
                {
                    (earliest, latest) = (d.Received, d.Due);
                }

                d.Resolved = earliest + (long)((latest - earliest) * random.NextDouble());
                current--;
            }
        }
        else if (current < target)
        {
            // Finish a little after the due time, still inside the period.
            var movable = Free(inScope, d => window.Holds(d.Resolved) && d.Resolved <= d.Due && d.Due >= window.Start && d.Due + Day < window.End);
            Shuffle(movable, random);
            foreach (var i in movable.Take(target - current))
            {
                ref var d = ref drafts[i];
                d.Resolved = d.Due + Minute + (long)((Day - Minute) * random.NextDouble());
                current++;
            }
        }

        if (current != target)
        {
            throw new InvalidDataException($"anchor {anchorId}: cannot reach late = {target} (at {current})");
        }
    }

    private void AdjustOnline(WorkloadAnchor anchor, Window window, bool[] inScope, Random random)
    {
        if (anchor.Online is not { } target)
        {
            return;
        }

        var current = Count(inScope, d => window.Holds(d.Received) && d.Channel == 2);
        var movable = Free(inScope, d => window.Holds(d.Received) && (d.Channel == 2) == (current > target));
        Shuffle(movable, random);
        foreach (var i in movable.Take(Math.Abs(current - target)))
        {
            ref var d = ref drafts[i];
            var online = current < target;
            d.Channel = online ? (byte)2 : (byte)0;
            d.OnlineLevel = online ? (byte)4 : (byte)0;
            current += online ? 1 : -1;
        }

        if (current != target)
        {
            throw new InvalidDataException($"anchor {anchor.Id}: cannot reach online = {target} (at {current})");
        }
    }

    private int Count(bool[] inScope, Func<DossierDraft, bool> predicate)
    {
        var n = 0;
        foreach (ref readonly var d in drafts.AsSpan())
        {
            n += inScope[d.Stream] && predicate(d) ? 1 : 0;
        }

        return n;
    }

    private static void Shuffle(List<int> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>An anchor's period as local ticks [Start, End).</summary>
    private readonly record struct Window(long Start, long End)
    {
        public static Window Of(WorkloadAnchor anchor) =>
            new(anchor.From.ToDateTime(TimeOnly.MinValue).Ticks, anchor.To.AddDays(1).ToDateTime(TimeOnly.MinValue).Ticks);

        public bool Holds(long ticks) => ticks >= Start && ticks < End;
    }
}
