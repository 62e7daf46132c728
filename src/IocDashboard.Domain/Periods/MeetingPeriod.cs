using System.Globalization;
using System.Text.RegularExpressions;

namespace IocDashboard.Domain.Periods;

/// <summary>The shapes of period the leadership meeting looks at.</summary>
public enum MeetingPeriodKind
{
    Week,
    Month,
    Quarter,
    YearToDate,
    Custom,
}

/// <summary>
/// A period of the leadership meeting, named by a key that a link can carry: "2026-W48" (an ISO week, Monday to Sunday),
/// "2026-11" (a calendar month), "2026-Q3" (a quarter, its days by the <see cref="CutOff"/> as in the periodic reports),
/// "2026-YTD" (1 January to today's day and month in that year) or "2026-11-01..2026-11-20" (any days). A period that
/// has not ended is shown to today (<see cref="Days"/> ends there) and one that starts after today does not exist.
/// <see cref="Previous"/> and <see cref="Next"/> step to the adjacent period of the same shape (← and → on the page).
/// </summary>
public sealed partial record MeetingPeriod
{
    private MeetingPeriod(MeetingPeriodKind kind, ReportingPeriod full, CutOff cutOff, DateOnly today, string key)
    {
        Kind = kind;
        Full = full;
        CutOff = cutOff;
        Today = today;
        Key = key;
    }

    public MeetingPeriodKind Kind { get; }

    public string Key { get; }

    /// <summary>The quarter's cut-off; the other shapes ignore it.</summary>
    public CutOff CutOff { get; }

    /// <summary>All the days of the period, including those still to come.</summary>
    public ReportingPeriod Full { get; }

    private DateOnly Today { get; }

    /// <summary>The days with figures: the period, cut at today when it has not ended.</summary>
    public ReportingPeriod Days => Full.To > Today ? Full with { To = Today } : Full;

    /// <summary>Whether the period goes on after today (its figures are so far).</summary>
    public bool Ongoing => Full.To > Today;

    /// <summary>The Vietnamese name: "Tuần 48/2026", "Tháng 11/2026", "Quý III năm 2026", "Từ đầu năm 2026", "Tùy chọn".</summary>
    public string Name => Kind switch
    {
        MeetingPeriodKind.Week => $"Tuần {ISOWeek.GetWeekOfYear(Full.From.ToDateTime(TimeOnly.MinValue))}/{ISOWeek.GetYear(Full.From.ToDateTime(TimeOnly.MinValue))}",
        MeetingPeriodKind.Month => $"Tháng {Full.From.Month}/{Full.From.Year}",
        MeetingPeriodKind.Quarter => ReportTerm.Parse(Key).Name,
        MeetingPeriodKind.YearToDate => $"Từ đầu năm {Full.From.Year}",
        _ => "Tùy chọn",
    };

    /// <summary>The name with its days: "Tuần 48/2026 (23/11/2026 – 29/11/2026)", "… đến hôm nay" while it goes on.</summary>
    public string Label =>
        $"{Name} ({Formatting.VietnameseFormat.Date(Days.From)} – {Formatting.VietnameseFormat.Date(Days.To)}{(Ongoing ? ", đến hôm nay" : "")})";

    /// <summary>The period of the same shape just before; null only at the edge of the calendar the keys can name.</summary>
    public MeetingPeriod? Previous => Step(-1);

    /// <summary>The period of the same shape just after; null when it would start after today.</summary>
    public MeetingPeriod? Next => Step(1);

    /// <summary>The last Monday–Sunday week that has ended by <paramref name="today"/>: what a Monday meeting reviews.</summary>
    public static MeetingPeriod LastFullWeek(DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(-7);
        return Week(monday, today);
    }

    /// <summary>
    /// The period of a kind that contains <paramref name="day"/> ("Tháng" on the page jumps to the month of the period
    /// shown). A custom period keeps <paramref name="current"/>'s days.
    /// </summary>
    public static MeetingPeriod Containing(MeetingPeriodKind kind, DateOnly day, CutOff cutOff, ReportingPeriod current, DateOnly today)
    {
        switch (kind)
        {
            case MeetingPeriodKind.Week:
                return Week(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), today);
            case MeetingPeriodKind.Month:
                return Month(day.Year, day.Month, today);
            case MeetingPeriodKind.Quarter:
                // The quarter whose days (under the cut-off) hold the day: official quarters start on the 15th before.
                var shifted = cutOff == CutOff.Official && day.Day >= 15 ? day.AddMonths(1) : day;
                return Quarter(ReportTerm.OfQuarter(shifted.Year, ((shifted.Month - 1) / 3) + 1), cutOff, today);
            case MeetingPeriodKind.YearToDate:
                return YearToDate(day.Year, today);
            default:
                return Custom(current, today);
        }
    }

    /// <summary>
    /// Reads a key (and, for a quarter, the cut-off) against today. On failure <paramref name="error"/> says what is
    /// accepted, or why the period cannot be shown (it starts after today, or is longer than the API allows).
    /// </summary>
    public static bool TryParse(string? key, CutOff cutOff, DateOnly today, out MeetingPeriod? period, out string? error)
    {
        period = null;
        error = null;
        var text = key?.Trim() ?? "";
        if (KeyPattern().Match(text) is not { Success: true } match)
        {
            error = $"'{key}' is not a meeting period; use YYYY-Www (an ISO week, e.g. 2026-W48), YYYY-MM (a month), YYYY-Q1 … YYYY-Q4 (a quarter), YYYY-YTD (the year to date) or YYYY-MM-DD..YYYY-MM-DD (any days).";
            return false;
        }

        if (match.Groups["custom"].Success)
        {
            if (!DateOnly.TryParseExact(match.Groups["from"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !DateOnly.TryParseExact(match.Groups["to"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            {
                error = $"'{key}' does not name two real days (YYYY-MM-DD..YYYY-MM-DD).";
                return false;
            }

            if (from.Year < ReportTerm.MinYear || to.Year > ReportTerm.MaxYear)
            {
                error = $"'{key}': the years must be between {ReportTerm.MinYear} and {ReportTerm.MaxYear}.";
                return false;
            }

            if (to < from)
            {
                error = $"'{key}': the first day is after the last.";
                return false;
            }

            if (to > from.AddYears(ReportingPeriod.MaxYears))
            {
                error = $"'{key}': the period spans more than {ReportingPeriod.MaxYears} years.";
                return false;
            }

            period = Custom(new ReportingPeriod(from, to), today);
        }
        else
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year is < ReportTerm.MinYear or > ReportTerm.MaxYear)
            {
                error = $"'{key}': the year must be between {ReportTerm.MinYear} and {ReportTerm.MaxYear}.";
                return false;
            }

            if (match.Groups["week"].Success)
            {
                var week = int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture);
                if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
                {
                    error = $"'{key}': {year} has weeks 1 to {ISOWeek.GetWeeksInYear(year)}.";
                    return false;
                }

                period = Week(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)), today);
            }
            else if (match.Groups["month"].Success)
            {
                var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
                if (month is < 1 or > 12)
                {
                    error = $"'{key}': a month is 01 to 12.";
                    return false;
                }

                period = Month(year, month, today);
            }
            else if (match.Groups["quarter"].Success)
            {
                period = Quarter(ReportTerm.OfQuarter(year, match.Groups["quarter"].Value[0] - '0'), cutOff, today);
            }
            else
            {
                period = YearToDate(year, today);
            }
        }

        if (period.Full.From > today)
        {
            error = $"'{key}' starts on {period.Full.From:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}): it has no figures yet.";
            period = null;
            return false;
        }

        return true;
    }

    private MeetingPeriod? Step(int direction)
    {
        MeetingPeriod stepped;
        try
        {
            stepped = Kind switch
            {
                MeetingPeriodKind.Week => Week(Full.From.AddDays(7 * direction), Today),
                MeetingPeriodKind.Month => Month(Full.From.AddMonths(direction).Year, Full.From.AddMonths(direction).Month, Today),
                MeetingPeriodKind.Quarter => Quarter(direction < 0 ? ReportTerm.Parse(Key).Previous! : NextQuarter(ReportTerm.Parse(Key)), CutOff, Today),
                MeetingPeriodKind.YearToDate => YearToDate(Full.From.Year + direction, Today),
                _ => Custom(Shift(Full, direction), Today),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            // Past the years a key can name (ReportTerm.MinYear to MaxYear): there is nothing to step to.
            return null;
        }

        return stepped.Full.From > Today || stepped.Full.From.Year < ReportTerm.MinYear || stepped.Full.To.Year > ReportTerm.MaxYear ? null : stepped;
    }

    private static ReportTerm NextQuarter(ReportTerm term) =>
        term.Quarter == 4 ? ReportTerm.OfQuarter(term.Year + 1, 1) : ReportTerm.OfQuarter(term.Year, term.Quarter + 1);

    /// <summary>As many days just before (or just after) the period.</summary>
    private static ReportingPeriod Shift(ReportingPeriod days, int direction)
    {
        var length = days.To.DayNumber - days.From.DayNumber + 1;
        return new ReportingPeriod(days.From.AddDays(length * direction), days.To.AddDays(length * direction));
    }

    private static MeetingPeriod Week(DateOnly monday, DateOnly today)
    {
        var thursday = monday.AddDays(3).ToDateTime(TimeOnly.MinValue);
        var key = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(thursday):D4}-W{ISOWeek.GetWeekOfYear(thursday):D2}");
        return new MeetingPeriod(MeetingPeriodKind.Week, new ReportingPeriod(monday, monday.AddDays(6)), CutOff.Official, today, key);
    }

    private static MeetingPeriod Month(int year, int month, DateOnly today)
    {
        var first = new DateOnly(year, month, 1);
        return new MeetingPeriod(MeetingPeriodKind.Month, new ReportingPeriod(first, first.AddMonths(1).AddDays(-1)), CutOff.Official, today,
            string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"));
    }

    private static MeetingPeriod Quarter(ReportTerm term, CutOff cutOff, DateOnly today) =>
        new(MeetingPeriodKind.Quarter, term.Days(cutOff), cutOff, today, term.Key);

    /// <summary>1 January to today's day and month in that year (28 February for 29 February in a common year).</summary>
    private static MeetingPeriod YearToDate(int year, DateOnly today)
    {
        var to = new DateOnly(year, today.Month, Math.Min(today.Day, DateTime.DaysInMonth(year, today.Month)));
        return new MeetingPeriod(MeetingPeriodKind.YearToDate, new ReportingPeriod(new DateOnly(year, 1, 1), to), CutOff.Official, today,
            string.Create(CultureInfo.InvariantCulture, $"{year:D4}-YTD"));
    }

    private static MeetingPeriod Custom(ReportingPeriod days, DateOnly today) =>
        new(MeetingPeriodKind.Custom, days, CutOff.Official, today,
            string.Create(CultureInfo.InvariantCulture, $"{days.From:yyyy-MM-dd}..{days.To:yyyy-MM-dd}"));

    [GeneratedRegex(
        @"^(?:(?<custom>(?<from>[0-9]{4}-[0-9]{2}-[0-9]{2})\.\.(?<to>[0-9]{4}-[0-9]{2}-[0-9]{2}))|(?<year>[0-9]{4})-(?:W(?<week>[0-9]{2})|Q(?<quarter>[1-4])|YTD|(?<month>[0-9]{2})))$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeyPattern();
}
