namespace IocDashboard.Web.Features.Meeting;

/// <summary>
/// A period of the meeting page: its key (what the page's link carries), its days with figures (<c>from</c>, <c>to</c>:
/// cut at today while it goes on), all its days, its Vietnamese name and label, the keys of the periods ← and → step
/// to (<c>next</c> null when it would start after today), and the day of the last meeting.
/// </summary>
public sealed record MeetingPeriodResponse(
    string Key, string Kind, string Cutoff, string Name, string Label, DateOnly From, DateOnly To, DateOnly FullFrom, DateOnly FullTo,
    bool Ongoing, string? Previous, string? Next, DateOnly LastMeeting);
