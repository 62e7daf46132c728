using System.Text;
using IocDashboard.Web.Features.Charts;
using IocDashboard.Web.Features.Dossiers;

namespace IocDashboard.Integration.Tests.Features.Security;

/// <summary>
/// What the query fuzzer puts in a URL: values a caller plausibly sends for a parameter (so that requests also get past
/// validation and reach the queries), hostile text, and raw query-string fragments that are malformed on the wire.
/// </summary>
internal static class QueryFuzzValues
{
    private static readonly string Long = new('A', 10_000);
    private static readonly string LongVietnamese = string.Concat(Enumerable.Repeat("ệ", 10_000));

    /// <summary>Text as the app sees it once decoded; sent percent-encoded in a query string, as is in a path.</summary>
    public static readonly IReadOnlyList<string> Hostile =
    [
        "", " ", "\t", "0", "-1", "-0", "0x10", "1e308", "NaN", "Infinity", "2147483648", "-2147483649",
        "99999999999999999999", "-99999999999999999999", "9223372036854775808",
        "2026-13-45", "0000-00-00", "0001-01-01", "9999-12-31", "2024-02-30", "1899-12-31", "2026-11-30T25:61:00Z", "31/12/2026",
        "2026-W00", "2026-W54", "2026-Q0", "2026-Q5", "2026-H3", "10000-Q1", "0000", "2026-00", "2026-YTD-1",
        "2026-01-01..2025-01-01", "2026-01-01..9999-12-31", "0001-01-01..9999-12-31", "..", "2026-02-30..2026-03-01",
        "'; drop table core.org_units;--", "\" or 1=1 --", "../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd",
        "<script>alert(1)</script>", "${jndi:ldap://x/a}", "{{7*7}}", "%s%s%s%n", "null", "undefined", "true", "[]", "{}",
        "Thủ đô Hà Nội", "💩", "\u202Egnp", "\uFEFF", "\0", "ТNH", "tnh", " TNH ", "a,b,c", ",,,", "official,calendar",
        Long, LongVietnamese,
    ];

    /// <summary>
    /// Fragments of a raw query string, sent exactly as written: malformed percent-encoding, an encoded NUL, invalid
    /// UTF-8 (a truncated sequence, an overlong '/', an encoded surrogate), and separators where a value should be.
    /// </summary>
    public static readonly IReadOnlyList<string> RawWire =
    [
        "%zz", "%", "%%", "%0", "%2", "%00", "%E2%82", "%C0%AF", "%FF%FE", "%ED%A0%80", "a b", "a+b", "+", "&", "=", "==", "a=b=c", "#x", "?x",
        "%26%3D", "[", "]", "%5B%5D", "%0D%0ASet-Cookie:%20x=1",
    ];

    /// <summary>Values no parameter of the app accepts: a request that carries one is refused before any work is done.</summary>
    public static readonly IReadOnlyList<string> NeverValid =
        ["'; drop table core.org_units;--", "../../etc/passwd", "2026-13-45", "<script>alert(1)</script>", Long];

    /// <summary>Values a caller of the documented API sends for a parameter of this name; a few generic ones otherwise.</summary>
    public static IReadOnlyList<string> Plausible(string name) => name.ToLowerInvariant() switch
    {
        "from" or "since" => ["2024-01-01", "2025-10-01", "2026-01-01", "last-meeting"],
        "to" or "until" => ["2024-12-31", "2025-06-30", "2026-03-31"],
        "asof" => ["2024-10-31", "2025-12-31", "2026-06-30"],
        "unit" => [DossierScopeParser.ProvinceCode, DossierScopeParser.ProvinceCode.ToLowerInvariant()],
        "scope" => ["self", "all", "current"],
        "level" => ["province", "district,commune", "commune"],
        "by" => ["field", "unit"],
        "compare" => ["previous", "lastYear", "previous,lastYear"],
        "threshold" => ["95", "97.5", "0", "100"],
        "status" => ["inProgressOnTime", "completedLate"],
        "cutoff" => ["official", "calendar"],
        "kind" => ["week", "month", "quarter", "ytd", "custom"],
        "view" => ["units", "fields"],
        "width" => ["800", "320", "3840"],
        "height" => ["450", "240", "2160"],
        "chart" => [.. ChartSources.All.Keys],
        "format" => ["png", "svg"],
        "id" => ["1", "0", "-1", "9223372036854775807"],
        // The meeting's period in the query; a report's in its route: quarters, halves, nine months, years.
        "period" => ["2026-W10", "2025-11", "2025-Q3", "2025-YTD", "2025-01-01..2025-03-31", "2025-H1", "2025-9M", "2024", "2025-Q4"],
        _ => ["1", "a", "TNH", "2025-01-01"],
    };

    /// <summary>Random printable text from the whole of Unicode's planes (letters, marks, symbols, emoji), up to 40 characters.</summary>
    public static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(1, 41);
        while (text.Length < length)
        {
            var codePoint = random.Next(4) switch
            {
                0 => random.Next(0x20, 0x7F),
                1 => random.Next(0xA0, 0x250),
                2 => random.Next(0x1EA0, 0x1EFA), // Vietnamese letters with two marks
                _ => random.Next(0x1F300, 0x1F650),
            };
            text.Append(char.ConvertFromUtf32(codePoint));
        }

        return text.ToString();
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
