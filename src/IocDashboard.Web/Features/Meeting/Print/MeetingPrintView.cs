using System.Globalization;
using IocDashboard.Domain.Periods;
using IocDashboard.Reports.Forms.Html;

namespace IocDashboard.Web.Features.Meeting.Print;

/// <summary>
/// The meeting page's current view as one HTML page to print, A4 landscape: the heading (the meeting, the unit, the
/// period's label, when the figures were read), then I the key figures with their comparisons, II the breakdown,
/// III the service index, IV what changed since the last meeting, V who is behind. The page is complete as served:
/// the printing browser runs no script. Every text goes through <see cref="HtmlWriter"/>, which encodes it.
/// </summary>
internal static class MeetingPrintView
{
    public const string Title = "Giao ban cải cách hành chính – chuyển đổi số";

    public const string ContentType = AnnexPrintView.ContentType;

    public static string Render(MeetingPrint print, PrintFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(print);
        ArgumentNullException.ThrowIfNull(fonts);
        var request = print.Request;
        var html = new HtmlWriter();
        html.Open("html", ("lang", "vi")).Open("head")
            .Void("meta", ("charset", "utf-8"))
            .Element("title", $"{Title} – {request.Unit.Name} – {request.Period.Name}");
        if (fonts.StylesheetHref is { } href)
        {
            html.Void("link", ("rel", "stylesheet"), ("href", href));
        }

        if (fonts.FontFaces is { } faces)
        {
            html.Style(faces);
        }

        html.Style(MeetingPrintStyles.Css).Close().Open("body");
        html.Open("header", ("class", "meeting"))
            .Element("h1", Title)
            .Element("p", request.Unit.Name, ("class", "unit"))
            .Element("p", request.Period.Label, ("class", "period"))
            .Element("p", ReadAtText(print.ReadAt), ("class", "read-at"))
            .Close();
        WorkloadSection.Write(html, print.Workload);
        BreakdownSection.Write(html, print.Workload, request.View, print.Bands);
        ServiceIndexSection.Write(html, print.ServiceIndex);
        ChangesSection.Write(html, print.Changes);
        AccountabilitySection.Write(html, print.Accountability);
        return html.Close().Close().ToString();
    }

    /// <summary>"Số liệu lúc 14:00 30/11/2026 (giờ Việt Nam)".</summary>
    public static string ReadAtText(DateTimeOffset readAt) =>
        "Số liệu lúc " + readAt.ToOffset(ReportingPeriod.VietnamOffset).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) + " (giờ Việt Nam)";
}
