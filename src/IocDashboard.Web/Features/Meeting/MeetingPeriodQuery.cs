using IocDashboard.Domain.Periods;
using IocDashboard.Web.Features.Shared;

namespace IocDashboard.Web.Features.Meeting;

/// <summary>
/// Reads the meeting page's period from a query string: <c>period</c> (a <see cref="MeetingPeriod"/> key, the last
/// full week by default), <c>cutoff</c> (official or calendar, for quarters) and <c>kind</c> (switch to the week,
/// month, quarter or year to date holding the last day of that period).
/// </summary>
internal static class MeetingPeriodQuery
{
    private static readonly Dictionary<string, MeetingPeriodKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["week"] = MeetingPeriodKind.Week,
        ["month"] = MeetingPeriodKind.Month,
        ["quarter"] = MeetingPeriodKind.Quarter,
        ["ytd"] = MeetingPeriodKind.YearToDate,
        ["custom"] = MeetingPeriodKind.Custom,
    };

    public static string KindName(MeetingPeriodKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static string CutOffName(CutOff cutOff) => cutOff == CutOff.Calendar ? "calendar" : "official";

    public static MeetingPeriod? Parse(QueryErrors errors, string? period, string? cutoff, string? kind, DateOnly today)
    {
        CutOff? cutOff = string.IsNullOrWhiteSpace(cutoff) ? CutOff.Official : cutoff.Trim().ToLowerInvariant() switch
        {
            "official" => CutOff.Official,
            "calendar" => CutOff.Calendar,
            _ => null,
        };
        if (cutOff is null)
        {
            errors.Add("cutoff", $"'{cutoff}' is not a cut-off; use 'official' (a quarter from the 15th of the month before to the 14th of its last month, the default) or 'calendar' (whole calendar months).");
        }

        MeetingPeriodKind? shape = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (Kinds.TryGetValue(kind.Trim(), out var k))
            {
                shape = k;
            }
            else
            {
                errors.Add("kind", $"'{kind}' is not a kind of period; use {string.Join(", ", Kinds.Keys)}.");
            }
        }

        MeetingPeriod? parsed;
        if (string.IsNullOrWhiteSpace(period))
        {
            parsed = MeetingPeriod.LastFullWeek(today);
        }
        else if (!MeetingPeriod.TryParse(period, cutOff ?? CutOff.Official, today, out parsed, out var error))
        {
            errors.Add("period", error!);
        }

        if (errors.Any || parsed is null || cutOff is not { } c)
        {
            return null;
        }

        if (parsed.Kind == MeetingPeriodKind.Quarter && parsed.CutOff != c)
        {
            parsed = MeetingPeriod.Containing(MeetingPeriodKind.Quarter, parsed.Days.To, c, parsed.Days, today);
        }

        return shape is { } s && s != parsed.Kind ? MeetingPeriod.Containing(s, parsed.Days.To, c, parsed.Days, today) : parsed;
    }
}
