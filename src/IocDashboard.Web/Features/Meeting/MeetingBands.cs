using IocDashboard.Domain.Dossiers;
using IocDashboard.Web.Features.Wall;

namespace IocDashboard.Web.Features.Meeting;

/// <summary>
/// The on-time bands of the meeting's rankings, on the page and on paper: the main wall screen's
/// (Wall:Screens:main:Green and Amber), so the meeting room colours a unit as the wall in the operations centre does;
/// the default bands when no main screen is configured.
/// </summary>
internal static class MeetingBands
{
    public const string Screen = "main";

    public static OnTimeThresholds Of(WallOptions wall) =>
        wall.Screens.TryGetValue(Screen, out var screen) ? new OnTimeThresholds(screen.Green, screen.Amber) : OnTimeThresholds.Default;
}
