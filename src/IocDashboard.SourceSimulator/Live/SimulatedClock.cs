using IocDashboard.SourceSimulator.Hosting;
using Microsoft.Extensions.Options;

namespace IocDashboard.SourceSimulator.Live;

/// <summary>
/// The province's clock as the simulated systems see it: LiveStart (by default the real now) at process start,
/// then real time × Speed (0 stops it). Built on <see cref="TimeProvider"/> so tests can
/// move it by hand.
/// </summary>
internal sealed class SimulatedClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    private readonly TimeProvider _time;
    private readonly DateTimeOffset _realStart;
    private readonly double _speed;

    public SimulatedClock(TimeProvider time, IOptions<SimulatorOptions> options)
    {
        _time = time;
        _realStart = time.GetUtcNow();
        _speed = options.Value.Speed;
        Start = (options.Value.LiveStart ?? _realStart).ToOffset(Offset);
    }

    /// <summary>The simulated instant at process start.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The simulated instant now, with the +07:00 offset.</summary>
    public DateTimeOffset Now
    {
        get
        {
            var elapsed = _time.GetUtcNow() - _realStart;
            return Start.AddTicks((long)Math.Max(0, elapsed.Ticks * _speed));
        }
    }

    /// <summary>Local (+07:00) clock ticks of an instant: the unit every feed position is kept in.</summary>
    public static long LocalTicks(DateTimeOffset instant) => instant.UtcTicks + Offset.Ticks;

    public static DateTimeOffset FromLocalTicks(long ticks) => new(ticks, Offset);
}
