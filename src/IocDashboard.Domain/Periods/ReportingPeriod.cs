namespace IocDashboard.Domain.Periods;

/// <summary>
/// An inclusive range of local days [From, To] in Asia/Ho_Chi_Minh, and the instants that bound it:
/// Start is midnight at the beginning of From, End is midnight after To (exclusive).
/// </summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Vietnam has kept UTC+7 without daylight saving since 1975, so the offset is fixed.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>The zone itself, for what takes one (the schedulers' cron expressions).</summary>
    public static readonly TimeZoneInfo VietnamTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public const int MaxYears = 10;

    public DateTimeOffset Start => StartOfDay(From);

    public DateTimeOffset End => StartOfDay(To.AddDays(1));

    public static DateTimeOffset StartOfDay(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), VietnamOffset);

    /// <summary>The local day on which an instant falls in Vietnam.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(VietnamOffset).DateTime);
}
