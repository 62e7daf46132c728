using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;
using IocDashboard.Web.Features.Dossiers;
using IocDashboard.Web.Features.Meeting;
using IocDashboard.Web.Features.Wall;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Pages.Meeting;

/// <summary>
/// /meeting: the page of the weekly leadership meeting. The server gives the frame and the settings the scripts need
/// (the wall's on-time bands, the province, the meeting day); the scripts read every figure from the JSON API, so the
/// page shows exactly what the API answers, and keep the period, unit and view in the address.
/// </summary>
internal sealed class IndexModel(IOptions<WallOptions> wall, IOptions<MeetingOptions> meeting) : PageModel
{
    public OnTimeThresholds Thresholds { get; } = MeetingBands.Of(wall.Value);

    /// <summary>Below this many resolved dossiers a rate is not ranked or coloured, as on the wall.</summary>
    public static long MinimumCases => ShownRate.MinimumCases;

    public static string Province => DossierScopeParser.ProvinceCode;

    private static readonly string[] WeekdayNames = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    /// <summary>The meeting's weekday in Vietnamese ("Thứ Hai").</summary>
    public string MeetingDay => WeekdayNames[(int)meeting.Value.Day];
}
