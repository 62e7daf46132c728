using IocDashboard.SourceSimulator.Live;
using IocDashboard.SourceSimulator.Sources;

namespace IocDashboard.SourceSimulator.Feeds.Dossiers;

/// <summary>
/// One one-stop-shop's change feed over its deterministic history, revealed as the simulated clock passes each
/// event: a dossier appears, pending, at its receipt and changes to resolved at its planned resolution. Two sorted
/// event lists (receipts, resolutions) are merged in feed order (updatedAt, id) up to now; a receipt whose
/// resolution already lies before now is left out, so a page carries each dossier once, at its latest state, and
/// a restart on a later day serves the same dossiers with the same ids.
/// </summary>
internal sealed class DossierFeed : ChangeFeed<DossierRow>
{
    private readonly Lock _gate = new();
    private readonly DossierRow[] _rows;
    private readonly int[] _byResolution;
    private readonly SimulatedClock _clock;
    private DateTimeOffset _lastNow = DateTimeOffset.MinValue;

    /// <param name="rows">The source's dossiers with their planned resolutions (0: none planned), sorted by (receivedAt, id).</param>
    /// <param name="byResolution">Indexes into <paramref name="rows"/> of the dossiers with a planned resolution, sorted by (resolvedAt, id).</param>
    public DossierFeed(SourceInfo source, DossierCodes codes, DossierRow[] rows, int[] byResolution, SimulatedClock clock)
        : base(source, new DossierFormat(codes))
    {
        _rows = rows;
        _byResolution = byResolution;
        _clock = clock;
    }

    public override FeedPage<DossierRow> Read(FeedPosition after, int pageSize)
    {
        DateTimeOffset now;
        lock (_gate)
        {
            // The page's server time never goes backwards, even if the clock is read out of order.
            now = _clock.Now < _lastNow ? _lastNow : _clock.Now;
            _lastNow = now;
        }

        var nowTicks = SimulatedClock.LocalTicks(now);
        var r = First(after, _rows.Length, i => _rows[i].ReceivedTicks, i => _rows[i].Id);
        var s = First(after, _byResolution.Length, i => _rows[_byResolution[i]].ResolvedTicks, i => _rows[_byResolution[i]].Id);
        var items = new DossierRow[pageSize];
        var count = 0;
        while (count < pageSize)
        {
            var hasReceipt = r < _rows.Length && _rows[r].ReceivedTicks <= nowTicks;
            var hasResolution = s < _byResolution.Length && _rows[_byResolution[s]].ResolvedTicks <= nowTicks;
            if (!hasReceipt && !hasResolution)
            {
                break;
            }

            if (hasReceipt && (!hasResolution || CompareReceiptToResolution(r, _byResolution[s]) < 0))
            {
                ref readonly var row = ref _rows[r++];
                if (!row.IsResolved || row.ResolvedTicks > nowTicks)
                {
                    items[count++] = row.PendingSince();
                }
            }
            else
            {
                items[count++] = _rows[_byResolution[s++]].Resolved();
            }
        }

        var receiptsLeft = UpTo(nowTicks, _rows.Length, i => _rows[i].ReceivedTicks) - r;
        var resolutionsLeft = UpTo(nowTicks, _byResolution.Length, i => _rows[_byResolution[i]].ResolvedTicks) - s;
        var next = count > 0 ? items[count - 1].Position : after;
        // Most receipts ahead of a catching-up reader are resolved by now and come once, at their resolution: the
        // larger of the two counts estimates what is left without walking it (exact when reading from the start).
        var remaining = Math.Max(receiptsLeft, resolutionsLeft);
        return new FeedPage<DossierRow>(items, count, next, receiptsLeft + resolutionsLeft > 0, now, remaining);
    }

    private int CompareReceiptToResolution(int receipt, int resolution)
    {
        ref readonly var a = ref _rows[receipt];
        ref readonly var b = ref _rows[resolution];
        return a.ReceivedTicks != b.ResolvedTicks ? a.ReceivedTicks.CompareTo(b.ResolvedTicks) : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>The first index whose (ticks, id) lies strictly after the position.</summary>
    private static int First(FeedPosition after, int length, Func<int, long> ticks, Func<int, string> id)
    {
        int lo = 0, hi = length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (FeedPosition.Compare(ticks(mid), id(mid), after) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>How many events lie at or before the instant.</summary>
    private static int UpTo(long nowTicks, int length, Func<int, long> ticks)
    {
        int lo = 0, hi = length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ticks(mid) <= nowTicks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
