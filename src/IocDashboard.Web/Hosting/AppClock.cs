using System.Globalization;

namespace IocDashboard.Web.Hosting;

/// <summary>
/// The app's clock: the real one, or, when Clock:Now is set (end-to-end tests, demonstrations), one that reads that
/// instant at start and runs on at real speed, so the wall can be seen as it looks on a chosen day and hour.
/// </summary>
internal static class AppClock
{
    public const string NowKey = "Clock:Now";

    public static TimeProvider From(IConfiguration configuration)
    {
        if (configuration[NowKey] is not { Length: > 0 } text)
        {
            return TimeProvider.System;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var now))
        {
            throw new InvalidOperationException($"{NowKey} is '{text}', not an instant such as 2026-11-30T14:00:00+07:00.");
        }

        return new ShiftedClock(TimeProvider.System, now - TimeProvider.System.GetUtcNow());
    }

    /// <summary>The real clock moved by a fixed span: durations and timers stay real.</summary>
    private sealed class ShiftedClock(TimeProvider real, TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + shift;

        public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

        public override long TimestampFrequency => real.TimestampFrequency;

        public override long GetTimestamp() => real.GetTimestamp();
    }
}
