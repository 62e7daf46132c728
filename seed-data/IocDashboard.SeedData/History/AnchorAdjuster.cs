using IocDashboard.SeedData.Reference;

namespace IocDashboard.SeedData.History;

/// <summary>
/// Makes the dossiers of an anchor's cohort (received in its period, in its scope) give its outcome counts
/// exactly, by moving the fewest plausible dossiers: the latest-resolved ones slip past the period's end, the
/// slowest fields turn late first. Dossiers of an earlier anchor are left alone.
/// </summary>
internal sealed class AnchorAdjuster(DossierDraft[] drafts, int[] dayStart, ReferenceData reference, HistoryProfile profile, Random random)
{
    private static readonly long Day = TimeSpan.TicksPerDay;

    public void Apply(Anchor anchor, IReadOnlyList<int> streams)
    {
        var cohort = Cohort(anchor, streams);
        var end = End(anchor);
        var free = cohort.Where(i => !drafts[i].Locked).ToList();
        Shuffle(free);

        AdjustChannels(anchor, cohort, free);
        AdjustResolved(anchor, cohort, free, end);
        AdjustLate(anchor, cohort, free, end);
        AdjustPendingOverdue(anchor, cohort, free, end);
        AdjustFullOnline(anchor, cohort, free, end);

        foreach (var i in cohort)
        {
            drafts[i].Locked = true;
        }
    }

    public AnchorCheck Check(Anchor anchor, IReadOnlyList<int> streams)
    {
        var cohort = Cohort(anchor, streams);
        var end = End(anchor);
        int Count(Func<DossierDraft, bool> predicate) => cohort.Count(i => predicate(drafts[i]));
        var check = new AnchorCheck(
            anchor.Id,
            cohort.Count,
            Count(d => d.ResolvedBy(end)),
            Count(d => d.ResolvedBy(end) && !d.LateAt(end)),
            Count(d => d.LateAt(end)),
            Count(d => !d.ResolvedBy(end) && d.Due < end),
            Count(d => d.Channel == 0),
            Count(d => d.Channel == 1),
            Count(d => d.Channel == 2),
            Count(d => d.ResolvedBy(end) && d.FullOnline),
            []);
        var misses = new List<string>();
        void Expect(string name, int? target, int actual)
        {
            if (target is { } t && t != actual)
            {
                misses.Add($"{anchor.Id}.{name}: target {t}, generated {actual}");
            }
        }

        Expect("received", anchor.Received, check.Received);
        Expect("resolved", anchor.ResolvedTarget, check.Resolved);
        Expect("resolvedOnTime", anchor.ResolvedOnTime, check.ResolvedOnTime);
        Expect("resolvedLate", anchor.ResolvedLate, check.ResolvedLate);
        Expect("pendingOverdue", anchor.PendingOverdue, check.PendingOverdue);
        Expect("direct", anchor.Direct, check.Direct);
        Expect("postal", anchor.Postal, check.Postal);
        Expect("online", anchor.Online, check.Online);
        Expect("resolvedFullProcessOnline", anchor.ResolvedFullProcessOnline, check.ResolvedFullProcessOnline);
        return check with { Misses = misses };
    }

    private List<int> Cohort(Anchor anchor, IReadOnlyList<int> streams)
    {
        var first = anchor.From.DayNumber - profile.From.DayNumber;
        var last = anchor.To.DayNumber - profile.From.DayNumber;
        var inScope = new HashSet<int>(streams);
        var cohort = new List<int>();
        for (var i = dayStart[first]; i < dayStart[last + 1]; i++)
        {
            if (inScope.Contains(drafts[i].Stream))
            {
                cohort.Add(i);
            }
        }

        return cohort;
    }

    private static long End(Anchor anchor) => anchor.To.AddDays(1).ToDateTime(TimeOnly.MinValue).Ticks;

    private void AdjustChannels(Anchor anchor, List<int> cohort, List<int> free)
    {
        var targets = new[] { anchor.Direct, anchor.Postal, anchor.Online };
        if (targets.All(t => t is null))
        {
            return;
        }

        var current = new int[3];
        foreach (var i in cohort)
        {
            current[drafts[i].Channel]++;
        }

        foreach (var i in free)
        {
            int from = drafts[i].Channel;
            if (targets[from] is not { } fromTarget || current[from] <= fromTarget)
            {
                continue;
            }

            var to = Enumerable.Range(0, 3).FirstOrDefault(c => targets[c] is { } t && current[c] < t, -1);
            if (to < 0)
            {
                break;
            }

            current[from]--;
            current[to]++;
            drafts[i].Channel = (byte)to;
            drafts[i].OnlineLevel = to == 2 ? (byte)(random.NextDouble() < 0.95 ? 4 : 3) : (byte)0;
        }

        for (var c = 0; c < 3; c++)
        {
            if (targets[c] is { } t && current[c] != t)
            {
                throw new InvalidDataException($"anchor {anchor.Id}: cannot reach channel {c} = {t} (at {current[c]})");
            }
        }
    }

    private void AdjustResolved(Anchor anchor, List<int> cohort, List<int> free, long end)
    {
        if (anchor.ResolvedTarget is not { } target)
        {
            return;
        }

        var current = cohort.Count(i => drafts[i].ResolvedBy(end));
        if (current > target)
        {
            // The dossiers that were resolved last slip just past the end of the period.
            foreach (var i in free.Where(i => drafts[i].ResolvedBy(end)).OrderByDescending(i => drafts[i].Resolved).Take(current - target))
            {
                ref var d = ref drafts[i];
                var wasOnTime = d.Resolved <= d.Due;
                d.Resolved = end + (long)((0.3 + 10 * random.NextDouble()) * Day);
                if (wasOnTime && d.Due < d.Resolved)
                {
                    // Slower than planned, still within its (longer) deadline: the period's late count is untouched.
                    d.Due = d.Resolved + (long)(random.NextDouble() * Day);
                }
            }
        }
        else if (current < target)
        {
            // The pending dossiers closest to being resolved are resolved before the end.
            foreach (var i in free.Where(i => !drafts[i].ResolvedBy(end)).OrderBy(i => drafts[i].Resolved).Take(target - current))
            {
                ref var d = ref drafts[i];
                d.Resolved = d.Received + (long)((end - d.Received) * (0.3 + 0.65 * random.NextDouble()));
            }
        }

        Ensure(anchor, "resolved", target, cohort.Count(i => drafts[i].ResolvedBy(end)));
    }

    private void AdjustLate(Anchor anchor, List<int> cohort, List<int> free, long end)
    {
        if (anchor.ResolvedLate is not { } target)
        {
            return;
        }

        var current = cohort.Count(i => drafts[i].LateAt(end));
        if (current > target)
        {
            foreach (var i in free.Where(i => drafts[i].LateAt(end)).Take(current - target))
            {
                ref var d = ref drafts[i];
                d.Due = d.Resolved + (long)(random.NextDouble() * 2 * Day);
            }
        }
        else if (current < target)
        {
            // Weighted sampling without replacement (Efraimidis–Spirakis): slow fields turn late first.
            var lateFields = anchor.LateFields ?? [];
            var candidates = free
                .Where(i => drafts[i].ResolvedBy(end) && !drafts[i].LateAt(end) && drafts[i].Resolved - drafts[i].Received > TimeSpan.TicksPerHour)
                .Select(i => (Index: i, Key: Math.Pow(random.NextDouble(), 1.0 / LateWeight(drafts[i].Field, lateFields))))
                .OrderByDescending(c => c.Key)
                .Take(target - current);
            foreach (var (i, _) in candidates)
            {
                ref var d = ref drafts[i];
                d.Due = d.Received + (long)((d.Resolved - d.Received) * (0.3 + 0.6 * random.NextDouble()));
            }
        }

        Ensure(anchor, "resolvedLate", target, cohort.Count(i => drafts[i].LateAt(end)));
    }

    private void AdjustPendingOverdue(Anchor anchor, List<int> cohort, List<int> free, long end)
    {
        if (anchor.PendingOverdue is not { } target)
        {
            return;
        }

        bool Overdue(int i) => !drafts[i].ResolvedBy(end) && drafts[i].Due < end;
        var current = cohort.Count(Overdue);
        if (current > target)
        {
            foreach (var i in free.Where(Overdue).Take(current - target))
            {
                drafts[i].Due = end + (long)((1 + 14 * random.NextDouble()) * Day);
            }
        }
        else if (current < target)
        {
            foreach (var i in free.Where(i => !drafts[i].ResolvedBy(end) && !Overdue(i)).Take(target - current))
            {
                ref var d = ref drafts[i];
                d.Due = d.Received + (long)((end - d.Received) * (0.3 + 0.6 * random.NextDouble()));
            }
        }

        Ensure(anchor, "pendingOverdue", target, cohort.Count(Overdue));
    }

    private void AdjustFullOnline(Anchor anchor, List<int> cohort, List<int> free, long end)
    {
        if (anchor.ResolvedFullProcessOnline is not { } target)
        {
            return;
        }

        bool Counted(int i) => drafts[i].ResolvedBy(end) && drafts[i].FullOnline;
        var current = cohort.Count(Counted);
        if (current > target)
        {
            foreach (var i in free.Where(Counted).Take(current - target))
            {
                drafts[i].OnlineLevel = 3;
            }
        }
        else if (current < target)
        {
            // Partial-online dossiers first, then counter dossiers that would have been filed online.
            var candidates = free.Where(i => drafts[i].ResolvedBy(end) && drafts[i].Channel == 2 && drafts[i].OnlineLevel != 4)
                .Concat(free.Where(i => drafts[i].ResolvedBy(end) && drafts[i].Channel == 0));
            foreach (var i in candidates.Take(target - current))
            {
                drafts[i].Channel = 2;
                drafts[i].OnlineLevel = 4;
            }
        }

        Ensure(anchor, "resolvedFullProcessOnline", target, cohort.Count(Counted));
    }

    private double LateWeight(int field, IReadOnlyList<string> lateFields)
    {
        var row = reference.Fields[field];
        return lateFields.Contains(row.Code) ? row.LateWeight * 10 : row.LateWeight;
    }

    private static void Ensure(Anchor anchor, string name, int target, int actual)
    {
        if (target != actual)
        {
            throw new InvalidDataException($"anchor {anchor.Id}: cannot reach {name} = {target} (at {actual})");
        }
    }

    private void Shuffle(List<int> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
