using System.Globalization;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Periods;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Meeting;

/// <summary>
/// GET /api/changes: what changed between <c>since</c> (the last meeting by default) and <c>until</c> (today by
/// default): reform tasks newly overdue and completed, indicators whose standing changed, units whose workload on-time
/// rate fell below the threshold, and the petitions received. This checks the query string; the reading is
/// <see cref="ChangesReader"/>'s.
/// </summary>
internal static class ChangesApi
{
    public const string LastMeeting = "last-meeting";

    public static async Task<Results<Ok<ChangesResponse>, ValidationProblem>> Get(
        string? since, string? until, string? threshold,
        ChangesReader reader, IOptions<MeetingOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var today = clock.Today();
        var lastMeeting = MeetingSchedule.LastMeetingBefore(today, options.Value.Day);
        var from = string.Equals(since?.Trim(), LastMeeting, StringComparison.OrdinalIgnoreCase) ? lastMeeting : errors.OptionalDate("since", since, lastMeeting);
        var to = errors.OptionalDate("until", until, today);
        var rate = Threshold(errors, threshold);
        if (from is { } f && to is { } t)
        {
            if (f > today)
            {
                errors.Add("since", $"'since' ({f:yyyy-MM-dd}) is in the future (today is {today:yyyy-MM-dd}).");
            }
            else if (f > t)
            {
                errors.Add("since", $"'since' ({f:yyyy-MM-dd}) is after 'until' ({t:yyyy-MM-dd}).");
            }
            else if (t > f.AddYears(ReportingPeriod.MaxYears))
            {
                errors.Add("since", $"The period spans more than {ReportingPeriod.MaxYears} years.");
            }

            if (t > today)
            {
                errors.Add("until", $"'until' ({t:yyyy-MM-dd}) is in the future (today is {today:yyyy-MM-dd}).");
            }
        }

        if (errors.Any || from is null || to is null || rate is null)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await reader.ReadAsync(new ReportingPeriod(from.Value, to.Value), rate.Value, cancellationToken));
    }

    /// <summary>0–100, the wall's green band by default (95).</summary>
    private static double? Threshold(QueryErrors errors, string? threshold)
    {
        if (string.IsNullOrWhiteSpace(threshold))
        {
            return OnTimeThresholds.Default.Green * 100;
        }

        if (double.TryParse(threshold.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100)
        {
            return value;
        }

        errors.Add("threshold", $"'{threshold}' is not a percentage from 0 to 100 (e.g. 95 or 97.5).");
        return null;
    }
}
