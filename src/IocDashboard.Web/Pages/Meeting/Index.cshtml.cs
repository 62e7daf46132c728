using IocDashboard.Domain.Dossiers;
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
    /// <summary>The screen whose bands the rankings use: the main wall's, the default bands when it has none.</summary>
    private const string MainScreen = "main";

    public OnTimeThresholds Thresholds { get; private set; } = OnTimeThresholds.Default;

    public static string Province => DossierScopeParser.ProvinceCode;

    private static readonly string[] WeekdayNames = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    /// <summary>The meeting's weekday in Vietnamese ("Thứ Hai").</summary>
    public string MeetingDay => WeekdayNames[(int)meeting.Value.Day];

    public void OnGet()
    {
        if (wall.Value.Screens.TryGetValue(MainScreen, out var screen))
        {
            Thresholds = new OnTimeThresholds(screen.Green, screen.Amber);
        }
    }
}
