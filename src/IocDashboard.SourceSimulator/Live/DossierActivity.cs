using System.Globalization;
using IocDashboard.SourceSimulator.Feeds;
using IocDashboard.SourceSimulator.Feeds.Dossiers;

namespace IocDashboard.SourceSimulator.Live;

/// <summary>
/// Live activity of one one-stop-shop on the simulated clock: new dossiers hour by hour (Poisson with the last
/// seed year's mean for that hour of the week), each with a planned resolution, and the planned resolutions of
/// the history's still-pending dossiers. Everything random is drawn from one seeded stream in simulated-time
/// order, so the activity is the same however often the feed is polled. Not thread-safe by itself: the feed
/// calls it under its lock.
/// </summary>
internal sealed class DossierActivity
{
    /// <summary>Share of dossiers resolved after their due time.</summary>
    public const double LateRate = 0.02;

    private const long TicksPerHour = TimeSpan.TicksPerHour;

    private readonly PriorityQueue<LiveEvent, FeedPosition> _queue = new();
    private readonly Dictionary<(short Unit, int Day), int> _sequences = [];
    private readonly DossierTemplates _templates;
    private readonly DossierCodes _codes;
    private readonly Random _random;
    private readonly long _startTicks;
    private long _nextSlot;

    /// <param name="history">The feed's sorted history; its pending dossiers get planned resolutions.</param>
    /// <param name="startTicks">Local ticks of LiveStart: nothing happens before it.</param>
    public DossierActivity(DossierRow[] history, DossierTemplates templates, DossierCodes codes, long startTicks, int seed)
    {
        _templates = templates;
        _codes = codes;
        _random = new Random(seed);
        _startTicks = startTicks;
        _nextSlot = startTicks - (startTicks % TicksPerHour);
        for (var i = 0; i < history.Length; i++)
        {
            ref readonly var row = ref history[i];
            if (!row.IsResolved)
            {
                var at = PlanResolution(Math.Max(row.ReceivedTicks, startTicks), row.DueTicks);
                _queue.Enqueue(LiveEvent.HistoryResolution(i), new FeedPosition(at, row.Id));
            }
        }
    }

    /// <summary>Applies every arrival and resolution up to <paramref name="nowTicks"/> (local ticks), in feed order.</summary>
    public void AdvanceTo(long nowTicks, IDossierLog log)
    {
        // Generate whole hours ahead of time: an hour's arrivals then wait in the queue until their minute comes.
        while (_nextSlot <= nowTicks)
        {
            GenerateHour(_nextSlot);
            _nextSlot += TicksPerHour;
        }

        while (_queue.TryPeek(out var next, out var at) && at.Ticks <= nowTicks)
        {
            _queue.Dequeue();
            if (next.Arrival is { } arrival)
            {
                var entry = log.Append(arrival);
                _queue.Enqueue(LiveEvent.LiveResolution(entry), new FeedPosition(next.PlannedResolution, arrival.Id));
            }
            else if (next.Entry is { } entry)
            {
                entry.Superseded = true;
                log.Append(entry.Row.ResolvedAt(at.Ticks));
            }
            else
            {
                log.SupersedeHistory(next.HistoryIndex);
                log.Append(log.History(next.HistoryIndex).ResolvedAt(at.Ticks));
            }
        }
    }

    private void GenerateHour(long slotStart)
    {
        var bucket = DossierTemplates.BucketOf(new DateTime(slotStart));
        var candidates = _templates.ByBucket[bucket];
        var count = candidates.Length == 0 ? 0 : _random.Poisson(_templates.RatePerHour[bucket]);
        if (count == 0)
        {
            return;
        }

        var picks = new DossierTemplate[count];
        for (var k = 0; k < count; k++)
        {
            picks[k] = candidates[_random.Next(candidates.Length)];
        }

        // Sequence numbers follow the order of receipt, as a counter clerk's register does.
        Array.Sort(picks, (a, b) => a.Minute.CompareTo(b.Minute));
        foreach (var t in picks)
        {
            var received = slotStart + (t.Minute * TimeSpan.TicksPerMinute);
            var resolutionDraw = _random.NextDouble();
            if (received < _startTicks)
            {
                continue;
            }

            var day = DateOnly.FromDateTime(new DateTime(received));
            var due = day.AddDays(t.DueDays).ToDateTime(new TimeOnly(17, 0)).Ticks;
            if (due <= received)
            {
                due += TimeSpan.TicksPerDay;
            }

            var key = (t.Unit, day.DayNumber);
            var sequence = _sequences[key] = _sequences.GetValueOrDefault(key) + 1;
            var id = string.Create(CultureInfo.InvariantCulture, $"{_codes.UnitCodes[t.Unit]}-{day:yyMMdd}-{sequence:D4}");
            var row = new DossierRow(id, received, received, due, 0, t.Unit, t.Procedure, t.Field, t.Level, t.Channel, t.OnlineLevel);
            _queue.Enqueue(LiveEvent.NewArrival(row, PlanResolution(received, due, resolutionDraw)), row.Position);
        }
    }

    private long PlanResolution(long fromTicks, long dueTicks, double? lateDraw = null)
    {
        var late = (lateDraw ?? _random.NextDouble()) < LateRate;
        if (!late && dueTicks > fromTicks)
        {
            // Most dossiers finish well before the deadline; the power skews the spread towards early.
            var share = Math.Pow(0.02 + (0.98 * _random.NextDouble()), 1.4);
            return fromTicks + Math.Max(TimeSpan.TicksPerMinute, (long)(share * (dueTicks - fromTicks)));
        }

        return Math.Max(dueTicks, fromTicks) + (long)((0.2 + _random.Exponential(3.0)) * TimeSpan.TicksPerDay);
    }

    /// <summary>An arrival (with its planned resolution), or the resolution of a live or a history dossier.</summary>
    private sealed record LiveEvent(DossierRow? Arrival, long PlannedResolution, LiveDossier? Entry, int HistoryIndex)
    {
        public static LiveEvent NewArrival(DossierRow row, long plannedResolution) => new(row, plannedResolution, null, -1);

        public static LiveEvent LiveResolution(LiveDossier entry) => new(null, 0, entry, -1);

        public static LiveEvent HistoryResolution(int index) => new(null, 0, null, index);
    }
}
