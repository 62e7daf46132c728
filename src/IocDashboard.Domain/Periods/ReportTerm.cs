using System.Globalization;
using System.Text.RegularExpressions;

namespace IocDashboard.Domain.Periods;

/// <summary>How a report's days are cut: the official cut-off on the 14th, or the calendar months.</summary>
public enum CutOff
{
    /// <summary>
    /// The official cut-off (Decree 09/2019/NĐ-CP): from the 15th of the month before the first month to the 14th of
    /// the last month. Quarter III of 2026 = 15/6/2026 – 14/9/2026; the year 2026 = 15/12/2025 – 14/12/2026.
    /// </summary>
    Official,

    /// <summary>The calendar months: quarter III of 2026 = 1/7/2026 – 30/9/2026.</summary>
    Calendar,
}

/// <summary>The kinds of reporting period (kỳ báo cáo) of the periodic reports.</summary>
public enum ReportTermKind
{
    Quarter,
    FirstHalf,
    SecondHalf,
    NineMonths,
    Year,
}

/// <summary>
/// A reporting period of the periodic reports (kỳ báo cáo): a quarter, the first or second six months, the first nine
/// months, or the year, named by its key ("2026-Q3", "2026-H1", "2026-H2", "2026-9M", "2026"). Its days depend on the
/// <see cref="CutOff"/>; its Vietnamese label is the one the report form prints after "Kỳ báo cáo:".
/// </summary>
public sealed partial record ReportTerm
{
    /// <summary>The years a key may name: the official start of the earliest lies after 1900-01-01, the end of the latest before 9999.</summary>
    public const int MinYear = 1901;

    public const int MaxYear = 9998;

    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private ReportTerm(int year, ReportTermKind kind, int quarter)
    {
        Year = year;
        Kind = kind;
        Quarter = quarter;
    }

    public int Year { get; }

    public ReportTermKind Kind { get; }

    /// <summary>1–4 for a quarter, 0 otherwise.</summary>
    public int Quarter { get; }

    /// <summary>The first calendar month the period covers (1–12).</summary>
    public int FirstMonth => Kind switch
    {
        ReportTermKind.Quarter => (3 * Quarter) - 2,
        ReportTermKind.SecondHalf => 7,
        _ => 1,
    };

    /// <summary>The last calendar month the period covers (1–12).</summary>
    public int LastMonth => Kind switch
    {
        ReportTermKind.Quarter => 3 * Quarter,
        ReportTermKind.FirstHalf => 6,
        ReportTermKind.NineMonths => 9,
        _ => 12,
    };

    /// <summary>The key: "2026-Q3", "2026-H1", "2026-H2", "2026-9M" or "2026".</summary>
    public string Key => Kind switch
    {
        ReportTermKind.Quarter => $"{Year}-Q{Quarter}",
        ReportTermKind.FirstHalf => $"{Year}-H1",
        ReportTermKind.SecondHalf => $"{Year}-H2",
        ReportTermKind.NineMonths => $"{Year}-9M",
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The name the report form prints: "Quý III năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026".</summary>
    public string Name => Kind switch
    {
        ReportTermKind.Quarter => $"Quý {Roman[Quarter - 1]} năm {Year}",
        ReportTermKind.FirstHalf => $"6 tháng đầu năm {Year}",
        ReportTermKind.SecondHalf => $"6 tháng cuối năm {Year}",
        ReportTermKind.NineMonths => $"9 tháng năm {Year}",
        _ => $"Năm {Year}",
    };

    public static ReportTerm OfQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new ReportTerm(CheckYear(year), ReportTermKind.Quarter, quarter);
    }

    public static ReportTerm Of(int year, ReportTermKind kind) => kind == ReportTermKind.Quarter
        ? throw new ArgumentException("A quarter needs its number: use OfQuarter.", nameof(kind))
        : new ReportTerm(CheckYear(year), kind, 0);

    /// <summary>The days of the period under a cut-off.</summary>
    public ReportingPeriod Days(CutOff cutOff)
    {
        var first = new DateOnly(Year, FirstMonth, 1);
        var last = new DateOnly(Year, LastMonth, 1);
        return cutOff == CutOff.Official
            ? new ReportingPeriod(first.AddMonths(-1).AddDays(14), last.AddDays(13))
            : new ReportingPeriod(first, last.AddMonths(1).AddDays(-1));
    }

    /// <summary>
    /// The label after "Kỳ báo cáo:" on the form: the name and the days as official documents write them
    /// (<see cref="OfficialDate"/>): "Quý III năm 2026 (Từ ngày 15/6/2026 đến ngày 14/9/2026)".
    /// </summary>
    public string Label(CutOff cutOff)
    {
        var days = Days(cutOff);
        return $"{Name} (Từ ngày {OfficialDate(days.From)} đến ngày {OfficialDate(days.To)})";
    }

    /// <summary>
    /// A date as official documents write it (Decree 30/2020/NĐ-CP on the form of administrative documents): a leading
    /// zero for days below 10 and for the months January and February only: 01/7/2026, 15/6/2026, 01/01/2026, 14/02/2026.
    /// </summary>
    public static string OfficialDate(DateOnly day) =>
        day.ToString(day.Month <= 2 ? "dd/MM/yyyy" : "dd/M/yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// The adjacent period of the same length just before: the quarter before, the other half-year, the year before.
    /// Null for nine months, which have no adjacent period of their kind (compare them with <see cref="SameTermYearBefore"/>).
    /// </summary>
    public ReportTerm? Previous => Kind switch
    {
        ReportTermKind.Quarter => Quarter == 1 ? OfQuarter(Year - 1, 4) : OfQuarter(Year, Quarter - 1),
        ReportTermKind.FirstHalf => Of(Year - 1, ReportTermKind.SecondHalf),
        ReportTermKind.SecondHalf => Of(Year, ReportTermKind.FirstHalf),
        ReportTermKind.Year => Of(Year - 1, ReportTermKind.Year),
        _ => null,
    };

    /// <summary>The same period a year before (cùng kỳ năm trước).</summary>
    public ReportTerm SameTermYearBefore => new(CheckYear(Year - 1), Kind, Quarter);

    public override string ToString() => Key;

    /// <summary>
    /// Reads a key: "2026-Q3" (quarters 1–4), "2026-H1" / "2026-H2", "2026-9M", "2026"; letters in either case, years
    /// <see cref="MinYear"/>–<see cref="MaxYear"/>. On failure <paramref name="error"/> says what is accepted.
    /// </summary>
    public static bool TryParse(string? text, out ReportTerm? term, out string? error)
    {
        term = null;
        error = null;
        var match = text is null ? null : KeyPattern().Match(text.Trim());
        if (match is not { Success: true })
        {
            error = $"'{text}' is not a reporting period; use YYYY-Q1 … YYYY-Q4 (a quarter), YYYY-H1 or YYYY-H2 (six months), YYYY-9M (nine months) or YYYY (the year), e.g. 2026-Q3.";
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            error = $"'{text}': the year must be between {MinYear} and {MaxYear}.";
            return false;
        }

        var part = match.Groups["part"].Value.ToUpperInvariant();
        term = part switch
        {
            "" => Of(year, ReportTermKind.Year),
            "H1" => Of(year, ReportTermKind.FirstHalf),
            "H2" => Of(year, ReportTermKind.SecondHalf),
            "9M" => Of(year, ReportTermKind.NineMonths),
            _ => OfQuarter(year, part[1] - '0'),
        };
        return true;
    }

    /// <summary>Reads a key or throws <see cref="FormatException"/> with the reason.</summary>
    public static ReportTerm Parse(string text) =>
        TryParse(text, out var term, out var error) ? term! : throw new FormatException(error);

    private static int CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        return year;
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:-(?<part>[Qq][1-4]|[Hh][12]|9[Mm]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
