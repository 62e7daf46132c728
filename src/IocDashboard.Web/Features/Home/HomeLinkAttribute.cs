namespace IocDashboard.Web.Features.Home;

/// <summary>
/// Puts a page or endpoint on the home page, under a section, with its Vietnamese title: the home page lists what
/// the app's own route table holds, so a new page appears there by carrying this, not by editing a list.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class HomeLinkAttribute(string section, string title) : Attribute
{
    public const string Operations = "Vận hành";
    public const string Meetings = "Họp và báo cáo";

    public string Section { get; } = section;

    public string Title { get; } = title;

    /// <summary>Where the link goes when the route is a pattern rather than one address (a dashboard's catch-all).</summary>
    public string? Href { get; init; }

    public int Order { get; init; }
}
