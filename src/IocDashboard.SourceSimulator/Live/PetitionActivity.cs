using System.Globalization;
using IocDashboard.SourceSimulator.Feeds.Petitions;

namespace IocDashboard.SourceSimulator.Live;

/// <summary>
/// New petitions in live mode: a Poisson stream of a few per simulated day, each copying channel, unit and
/// subject from a seed petition and planning its own forwarding and answer. Petitions are created with all their
/// future steps; the feed shows each step once the clock reaches it. Thread-safe.
/// </summary>
internal sealed class PetitionActivity
{
    /// <summary>Mean new petitions per simulated day.</summary>
    public const double PerDay = 3.0;

    private readonly Lock _gate = new();
    private readonly List<Petition> _created = [];
    private readonly IReadOnlyList<Petition> _examples;
    private readonly Dictionary<int, int> _lastSequence;
    private readonly Random _random;
    private DateTimeOffset _next;

    public PetitionActivity(IReadOnlyList<Petition> history, DateTimeOffset start, int seed)
    {
        _examples = history.Count > 0 ? history : throw new InvalidDataException("no seed petitions to copy from");
        _random = new Random(seed);
        // Live ids continue each year's numbering after the seed's, so they can never collide with it.
        _lastSequence = history
            .Select(p => p.Id.Split('-'))
            .Where(parts => parts.Length == 3 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out _)
                && int.TryParse(parts[2], CultureInfo.InvariantCulture, out _))
            .GroupBy(parts => int.Parse(parts[1], CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Max(parts => int.Parse(parts[2], CultureInfo.InvariantCulture)));
        _next = start + Gap();
    }

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

    private TimeSpan Gap() => TimeSpan.FromDays(_random.Exponential(1.0 / PerDay));

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
