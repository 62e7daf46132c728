namespace IocDashboard.SeedData.History;

/// <summary>
/// The draws that shape one dossier, shared by the 2020–2024 generator and the present-day one: the time of
/// receipt, the due time, the resolution. Each takes the caller's random stream and draws from it in a fixed order.
/// </summary>
internal static class DraftDraws
{
    private static readonly TimeSpan OfficeClose = TimeSpan.FromHours(17);

    /// <summary>Counters are open 7:30–11:30 and 13:30–17:00; online submissions also come in the evening.</summary>
    public static TimeSpan TimeOfDay(Random random, bool online)
    {
        if (online && random.NextDouble() < 0.35)
        {
            return TimeSpan.FromMinutes(random.Next(0, 24 * 60));
        }

        var minute = random.Next(0, 450);
        return TimeSpan.FromMinutes(minute < 240 ? 450 + minute : 810 + (minute - 240));
    }

    /// <summary>Due at office close, a whole number of days (the field's range) after the day of receipt.</summary>
    public static long Due(Random random, DateOnly day, long received, FieldRowRange field)
    {
        var due = day.AddDays(random.Next(field.Min, field.Max + 1)).ToDateTime(TimeOnly.MinValue).Add(OfficeClose).Ticks;
        return due <= received ? due + TimeSpan.TicksPerDay : due;
    }

    /// <summary>Late dossiers finish days after the due time; the others well before it, skewed towards early.</summary>
    public static long Resolution(Random random, long received, long due, double lateRate) =>
        random.NextDouble() < lateRate
            ? due + (long)((0.2 + Exponential(random, 3.0)) * TimeSpan.TicksPerDay)
            : received + (long)(Math.Pow(0.02 + (0.98 * random.NextDouble()), 1.4) * (due - received));

    public static int Pick(Random random, double[] weights)
    {
        var u = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return Array.FindLastIndex(weights, w => w > 0);
    }

    public static double Exponential(Random random, double mean) => -mean * Math.Log(1.0 - random.NextDouble());

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}

/// <summary>A field's range of due days.</summary>
internal readonly record struct FieldRowRange(int Min, int Max);
