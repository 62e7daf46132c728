using IocDashboard.Domain.Dossiers;

namespace IocDashboard.Web.Features.Wall;

/// <summary>The "Wall" configuration section: the screens of the operations centre and their thresholds.</summary>
public sealed class WallOptions
{
    public const string Section = "Wall";

    /// <summary>The screen of a wall address without ?screen=.</summary>
    public const string DefaultScreen = "main";

    /// <summary>How often at most a screen receives a push (bursts of changes are coalesced).</summary>
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public Dictionary<string, WallScreenOptions> Screens { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The screen a wall address (the page, the hub) asks for: ?screen=NAME, or <see cref="DefaultScreen"/>.</summary>
    public static string ScreenOf(IQueryCollection query) => query["screen"].ToString() is { Length: > 0 } screen ? screen : DefaultScreen;
}

public sealed class WallScreenOptions
{
    public string Title { get; set; } = "Trung tâm Giám sát điều hành thông minh tỉnh Tây Ninh";

    public static readonly IReadOnlyList<string> AllPages = ["tasks", "indicators", "dossiers", "units", "feedback"];

    /// <summary>The pages the playlist rotates through; all of them when empty. (No default list here: binding
    /// configuration appends to a list that already has items.)</summary>
    public List<string> Pages { get; set; } = [];

    public int RotateSeconds { get; set; } = 30;

    /// <summary>On-time rate at or above which a unit is green; at or above Amber it is amber; below, red.</summary>
    public double Green { get; set; } = OnTimeThresholds.Default.Green;

    public double Amber { get; set; } = OnTimeThresholds.Default.Amber;
}
