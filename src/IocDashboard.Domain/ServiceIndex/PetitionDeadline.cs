using IocDashboard.Domain.Periods;

namespace IocDashboard.Domain.ServiceIndex;

/// <summary>Where a petition stood at the end of a period against its time limit for an answer.</summary>
public enum PetitionTimeliness
{
    /// <summary>Answered by the end of the period, on or before its last day for an answer.</summary>
    OnTime,

    /// <summary>Answered after its last day, or not answered by the end of the period and its last day is over by then.</summary>
    Late,

    /// <summary>Not answered by the end of the period, still within its time limit: not yet judged.</summary>
    Open,
}

/// <summary>
/// The time limit for answering a petition (PAKN): a number of working days, Monday to Friday, counted from the day
/// after the day of receipt (local days, Asia/Ho_Chi_Minh). No holiday calendar: the repository has none, and the
/// official limit is the province's to confirm (README, "Service index").
/// </summary>
public sealed record PetitionDeadline(int WorkingDays)
{
    /// <summary>The last day for an answer: the <see cref="WorkingDays"/>-th working day after the day of receipt.</summary>
    public DateOnly LastDay(DateTimeOffset receivedAt)
    {
        var day = ReportingPeriod.LocalDay(receivedAt);
        for (var counted = 0; counted < WorkingDays;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// A petition at the end of <paramref name="period"/>: an answer after the period's end is not known then, so the
    /// petition counts as unanswered.
    /// </summary>
    public PetitionTimeliness Classify(DateTimeOffset receivedAt, DateTimeOffset? answeredAt, ReportingPeriod period)
    {
        var lastDay = LastDay(receivedAt);
        if (answeredAt is { } answered && answered < period.End)
        {
            return ReportingPeriod.LocalDay(answered) <= lastDay ? PetitionTimeliness.OnTime : PetitionTimeliness.Late;
        }

        // Unanswered at the end of the period's last day: once that day is its last day or later, it can no
        // longer be answered on time.
        return lastDay <= period.To ? PetitionTimeliness.Late : PetitionTimeliness.Open;
    }
}
