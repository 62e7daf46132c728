using IocDashboard.SourceSimulator.Live;
using IocDashboard.SourceSimulator.Sources;

namespace IocDashboard.SourceSimulator.Feeds;

/// <summary>
/// A feed small enough (a few thousand records) to be recomputed per request: each record's state is a function
/// of the simulated now, and a record sits at the time of its latest visible change. As now only moves forward,
/// a change that becomes visible always lands after every position served before, so stored cursors stay valid.
/// </summary>
internal abstract class SnapshotFeed<T>(SourceInfo source, IRecordFormat<T> format, SimulatedClock clock)
    : ChangeFeed<T>(source, format)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _lastNow = DateTimeOffset.MinValue;

    /// <summary>Every record as it stands at <paramref name="now"/>, with its feed position; hidden ones left out.</summary>
    protected abstract IEnumerable<(FeedPosition Position, T Record)> VisibleAt(DateTimeOffset now);

    public override FeedPage<T> Read(FeedPosition after, int pageSize)
    {
        DateTimeOffset now;
        List<(FeedPosition Position, T Record)> visible;
        lock (_gate)
        {
            now = clock.Now;
            if (now < _lastNow)
            {
                now = _lastNow;
            }

            _lastNow = now;
            visible = VisibleAt(now).ToList();
        }

        visible.Sort((a, b) => a.Position.CompareTo(b.Position));
        var first = LowerBound(visible, after);
        var count = Math.Min(pageSize, visible.Count - first);
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = visible[first + i].Record;
        }

        var next = count > 0 ? visible[first + count - 1].Position : after;
        return new FeedPage<T>(items, count, next, first + count < visible.Count, now, visible.Count - first - count);
    }

    /// <summary>The index of the first entry strictly after <paramref name="after"/>.</summary>
    private static int LowerBound(List<(FeedPosition Position, T Record)> sorted, FeedPosition after)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Position <= after)
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
