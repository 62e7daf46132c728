using System.Collections.Concurrent;

namespace IocDashboard.SourceSimulator.Faults;

/// <summary>
/// One source's fault switches, the random stream its per-request decisions draw from, and the bogus records
/// it has served. Switching replaces settings and stream together, so a request sees one or the other.
/// </summary>
internal sealed class SourceFaults(string sourceId, FaultSettings initial)
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, BogusFault> _injected = new(StringComparer.Ordinal);
    private FaultSettings _settings = initial;
    private Random _random = new(initial.Seed);

    public string SourceId { get; } = sourceId;

    public FaultSettings Settings
    {
        get
        {
            lock (_gate)
            {
                return _settings;
            }
        }
    }

    public void Apply(FaultSettings settings)
    {
        lock (_gate)
        {
            _settings = settings;
            _random = new Random(settings.Seed);
        }
    }

    /// <summary>Back to no faults, and forget the bogus records served so far.</summary>
    public void Reset()
    {
        Apply(FaultSettings.None);
        _injected.Clear();
    }

    /// <summary>
    /// Draws this request's fate. Errors, timeouts and broken bodies are random per request (a retry may
    /// succeed); which bogus records a page carries is not (see <see cref="PageFaults"/>).
    /// </summary>
    public RequestFaults Decide()
    {
        lock (_gate)
        {
            var s = _settings;
            int? error = null;
            var timeout = false;
            var body = BodyFault.None;
            if (s.ErrorRate > 0 && _random.NextDouble() < s.ErrorRate)
            {
                error = _random.NextDouble() < 0.5 ? StatusCodes.Status500InternalServerError : StatusCodes.Status503ServiceUnavailable;
            }
            else if (s.TimeoutRate > 0 && _random.NextDouble() < s.TimeoutRate)
            {
                timeout = true;
            }

            if (s.TruncatedRate > 0 && _random.NextDouble() < s.TruncatedRate)
            {
                body = BodyFault.Truncated;
            }
            else if (s.MalformedRate > 0 && _random.NextDouble() < s.MalformedRate)
            {
                body = BodyFault.Malformed;
            }

            return new RequestFaults(
                TimeSpan.FromMilliseconds(s.LatencyMs), error, timeout, body,
                new PageFaults(s, SourceId, new Random(_random.Next())));
        }
    }

    public void RecordInjected(string id, BogusFault fault) => _injected.TryAdd(id, fault);

    public IReadOnlyList<KeyValuePair<string, BogusFault>> Injected() =>
        _injected.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
}

internal enum BodyFault
{
    None,
    Truncated,
    Malformed,
}

/// <summary>What one request suffers: before the page is read (latency, error, hold) and after (body, items).</summary>
internal sealed record RequestFaults(TimeSpan Latency, int? ErrorStatus, bool Timeout, BodyFault Body, PageFaults Page)
{
    public static readonly RequestFaults None = new(TimeSpan.Zero, null, false, BodyFault.None, PageFaults.None);
}
