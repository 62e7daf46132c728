using System.ComponentModel.DataAnnotations;

namespace IocDashboard.Web.Features.Meeting;

/// <summary>The "Meeting" section of the configuration: the weekly leadership meeting.</summary>
public sealed class MeetingOptions
{
    public const string Section = "Meeting";

    /// <summary>
    /// The weekday of the meeting (Monday by default). <c>/api/changes</c> without <c>since</c>, or with
    /// <c>since=last-meeting</c>, counts from the latest such day before today.
    /// </summary>
    [EnumDataType(typeof(DayOfWeek))]
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;
}
