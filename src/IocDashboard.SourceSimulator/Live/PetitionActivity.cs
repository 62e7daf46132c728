using System.Globalization;
using IocDashboard.SourceSimulator.Feeds.Petitions;

namespace IocDashboard.SourceSimulator.Live;

/// <summary>
/// New petitions in live mode, after the last day of the seed petitions (which reach the present and are revealed as
/// the clock passes them, so the two never overlap): a Poisson stream at the seed's pace of its last year, each
/// copying channel, unit and subject from a petition of that year (units valid at its end) and planning its own
/// forwarding and answer. Petitions are created with all their future steps; the feed shows each step once the clock
/// reaches it. Thread-safe.
/// </summary>
internal sealed class PetitionActivity
{
    private static readonly TimeSpan Year = TimeSpan.FromDays(365);

    private readonly Lock _gate = new();
    private readonly List<Petition> _created = [];
    private readonly List<Petition> _examples;
    private readonly Dictionary<int, int> _lastSequence;
    private readonly double _perDay;
    private readonly Random _random;
    private DateTimeOffset _next;

    public PetitionActivity(IReadOnlyList<Petition> history, DateTimeOffset start, int seed)
    {
        if (history.Count == 0)
        {
            throw new InvalidDataException("no seed petitions to copy from");
        }

        var lastDay = history.Max(p => DateOnly.FromDateTime(p.ReceivedAt.DateTime));
        var afterSeed = new DateTimeOffset(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), SimulatedClock.Offset);
        Begins = start > afterSeed ? start : afterSeed;
        _examples = history.Where(p => p.ReceivedAt >= afterSeed - Year).ToList();
        _perDay = _examples.Count / Year.TotalDays;
        _random = new Random(seed);
        // Live ids continue each year's numbering after the seed's, so they can never collide with it.
        _lastSequence = history
            .Select(p => p.Id.Split('-'))
            .Where(parts => parts.Length == 3 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out _)
                && int.TryParse(parts[2], CultureInfo.InvariantCulture, out _))
            .GroupBy(parts => int.Parse(parts[1], CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Max(parts => int.Parse(parts[2], CultureInfo.InvariantCulture)));
        _next = Begins + Gap();
    }

    /// <summary>When live petitions start: the clock's start, or the day after the last seed petition's if that is later.</summary>
    public DateTimeOffset Begins { get; }

    /// <summary>The live petitions received up to <paramref name="now"/> (creating those that are due).</summary>
    public IReadOnlyList<Petition> PetitionsUpTo(DateTimeOffset now)
    {
        lock (_gate)
        {
            while (_next <= now)
            {
                _created.Add(Create(_next));
                _next += Gap();
            }

            return _created.ToList();
        }
    }

    private TimeSpan Gap() => TimeSpan.FromDays(_random.Exponential(1.0 / _perDay));

    private Petition Create(DateTimeOffset receivedAt)
    {
        var example = _examples[_random.Next(_examples.Count)];
        var sequence = _lastSequence[receivedAt.Year] = _lastSequence.GetValueOrDefault(receivedAt.Year) + 1;
        var id = string.Create(CultureInfo.InvariantCulture, $"PAKN-{receivedAt.Year}-{sequence:D4}");
        DateTimeOffset? forwarded = _random.NextDouble() < 0.6 ? receivedAt.AddHours(0.5 + (47.5 * _random.NextDouble())) : null;
        DateTimeOffset? answered = _random.NextDouble() < 0.85
            ? (forwarded ?? receivedAt).AddDays(1 + (19 * _random.NextDouble()))
            : null;
        bool? online = answered is null ? null : _random.NextDouble() < 0.7;
        return new Petition(id, receivedAt, example.Channel, example.UnitCode, example.Subject, forwarded, answered, online);
    }
}
