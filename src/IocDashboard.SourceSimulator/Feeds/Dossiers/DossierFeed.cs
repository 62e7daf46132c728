using System.Diagnostics;
using IocDashboard.SourceSimulator.Live;
using IocDashboard.SourceSimulator.Sources;

namespace IocDashboard.SourceSimulator.Feeds.Dossiers;

/// <summary>
/// One one-stop-shop's change feed: the seed history as one array sorted by (updatedAt, id), found by binary
/// search, plus an append-only log of live changes in the same order. A dossier that changes is flagged
/// superseded at its old place and appended at its new one, so the feed carries each dossier once, at its
/// latest state. Live activity is advanced lazily, under the same lock as the read, up to the simulated now.
/// </summary>
internal sealed class DossierFeed : ChangeFeed<DossierRow>, IDossierLog
{
    private readonly Lock _gate = new();
    private readonly DossierRow[] _history;
    private readonly bool[] _historySuperseded;
    private readonly List<LiveDossier> _live = [];
    private readonly SimulatedClock _clock;
    private readonly DossierActivity? _activity;
    private DateTimeOffset _lastNow = DateTimeOffset.MinValue;

    /// <param name="history">The source's seed dossiers, sorted by <see cref="DossierRow.Compare"/>.</param>
    public DossierFeed(SourceInfo source, DossierCodes codes, DossierRow[] history, SimulatedClock clock, DossierActivity? activity)
        : base(source, new DossierFormat(codes))
    {
        _history = history;
        _historySuperseded = new bool[history.Length];
        _clock = clock;
        _activity = activity;
    }

    public override FeedPage<DossierRow> Read(FeedPosition after, int pageSize)
    {
        lock (_gate)
        {
            var now = _clock.Now;
            if (now < _lastNow)
            {
                now = _lastNow;
            }

            _lastNow = now;
            _activity?.AdvanceTo(SimulatedClock.LocalTicks(now), this);

            var h = FirstHistoryAfter(after);
            var l = FirstLiveAfter(after);
            var items = new DossierRow[pageSize];
            var count = 0;
            while (true)
            {
                while (h < _history.Length && _historySuperseded[h])
                {
                    h++;
                }

                while (l < _live.Count && _live[l].Superseded)
                {
                    l++;
                }

                var hasHistory = h < _history.Length;
                var hasLive = l < _live.Count;
                if (!hasHistory && !hasLive)
                {
                    break;
                }

                if (count == pageSize)
                {
                    break;
                }

                if (hasHistory && (!hasLive || DossierRow.Compare(_history[h], _live[l].Row) < 0))
                {
                    items[count++] = _history[h++];
                }
                else
                {
                    items[count++] = _live[l++].Row;
                }
            }

            var hasMore = h < _history.Length || l < _live.Count;
            var next = count > 0 ? items[count - 1].Position : after;
            return new FeedPage<DossierRow>(items, count, next, hasMore, now, _history.Length - h + _live.Count - l);
        }
    }

    ref readonly DossierRow IDossierLog.History(int index) => ref _history[index];

    LiveDossier IDossierLog.Append(in DossierRow row)
    {
        Debug.Assert(_live.Count == 0 || DossierRow.Compare(_live[^1].Row, row) < 0, "live changes must arrive in feed order");
        var entry = new LiveDossier(row);
        _live.Add(entry);
        return entry;
    }

    void IDossierLog.SupersedeHistory(int index) => _historySuperseded[index] = true;

    private int FirstHistoryAfter(FeedPosition after)
    {
        int lo = 0, hi = _history.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (FeedPosition.Compare(_history[mid].UpdatedTicks, _history[mid].Id, after) <= 0)
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

    private int FirstLiveAfter(FeedPosition after)
    {
        int lo = 0, hi = _live.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (FeedPosition.Compare(_live[mid].Row.UpdatedTicks, _live[mid].Row.Id, after) <= 0)
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

/// <summary>A dossier state appended by live activity; superseded once the dossier changes again.</summary>
internal sealed class LiveDossier(DossierRow row)
{
    public DossierRow Row { get; } = row;

    public bool Superseded { get; set; }
}

/// <summary>What live activity may do to a dossier feed (always under the feed's lock).</summary>
internal interface IDossierLog
{
    ref readonly DossierRow History(int index);

    LiveDossier Append(in DossierRow row);

    void SupersedeHistory(int index);
}
