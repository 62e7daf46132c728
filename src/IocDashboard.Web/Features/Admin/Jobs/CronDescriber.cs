using System.Globalization;

namespace IocDashboard.Web.Features.Admin.Jobs;

/// <summary>
/// Cron expressions (five fields, or six with seconds first, as Hangfire reads them) in Vietnamese words, for the shapes our schedules use: every N seconds,
/// every N minutes (at a second offset), every N hours, and daily at a time. Anything else is shown as written:
/// a wrong description is worse than none.
/// </summary>
public static class CronDescriber
{
    public static string Describe(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return "";
        }

        var raw = expression.Trim();
        var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 5)
        {
            // Five fields start at the minute: second zero.
            parts = ["0", .. parts];
        }

        if (parts.Length is < 6 or > 7 || !EveryDay(parts))
        {
            return raw;
        }

        var (second, minute, hour) = (parts[0], parts[1], parts[2]);
        if (Every(second) is { } seconds && minute == "*" && hour == "*")
        {
            return seconds == 1 ? "mỗi giây" : $"mỗi {seconds} giây";
        }

        if (Fixed(second, 59) is not { } atSecond)
        {
            return raw;
        }

        if (Every(minute) is { } minutes && hour == "*")
        {
            // Every minute names its second: several sources share the minute, staggered by seconds.
            return minutes == 1
                ? atSecond == 0 ? "mỗi phút" : $"mỗi phút, giây thứ {atSecond}"
                : $"mỗi {minutes} phút";
        }

        if (Fixed(minute, 59) is not { } atMinute)
        {
            return raw;
        }

        if (Every(hour) is { } hours)
        {
            var every = hours == 1 ? "mỗi giờ" : $"mỗi {hours} giờ";
            return atMinute == 0 && atSecond == 0 ? every : $"{every}, phút thứ {atMinute}";
        }

        if (Fixed(hour, 23) is { } atHour)
        {
            var time = atSecond == 0 ? $"{atHour:00}:{atMinute:00}" : $"{atHour:00}:{atMinute:00}:{atSecond:00}";
            return $"hằng ngày lúc {time}";
        }

        return raw;
    }

    /// <summary>Day of month, month, day of week (and year) all unrestricted.</summary>
    private static bool EveryDay(string[] parts) =>
        parts[3] is "*" or "?" && parts[4] == "*" && parts[5] is "*" or "?" && (parts.Length == 6 || parts[6] == "*");

    /// <summary>"*" or "0/n" (or "*/n"): every n units from zero. Null for anything else.</summary>
    private static int? Every(string field)
    {
        if (field == "*")
        {
            return 1;
        }

        var slash = field.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || field[..slash] is not ("0" or "*"))
        {
            return null;
        }

        return int.TryParse(field[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step > 0 ? step : null;
    }

    private static int? Fixed(string field, int max) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max ? value : null;
}
