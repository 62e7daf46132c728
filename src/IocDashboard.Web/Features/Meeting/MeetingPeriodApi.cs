using IocDashboard.Domain.Periods;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Meeting;

/// <summary>GET /api/meeting/period: the days, name and neighbours of a period of the meeting page (<see cref="MeetingPeriodQuery"/>).</summary>
internal static class MeetingPeriodApi
{
    public static Results<Ok<MeetingPeriodResponse>, ValidationProblem> Get(
        string? period, string? cutoff, string? kind, IOptions<MeetingOptions> options, TimeProvider clock)
    {
        var errors = new QueryErrors();
        var today = clock.Today();
        if (MeetingPeriodQuery.Parse(errors, period, cutoff, kind, today) is not { } p)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(new MeetingPeriodResponse(
            p.Key, MeetingPeriodQuery.KindName(p.Kind), MeetingPeriodQuery.CutOffName(p.CutOff), p.Name, p.Label,
            p.Days.From, p.Days.To, p.Full.From, p.Full.To, p.Ongoing, p.Previous?.Key, p.Next?.Key,
            MeetingSchedule.LastMeetingBefore(today, options.Value.Day)));
    }
}
