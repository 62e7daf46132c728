using IocDashboard.Domain.Formatting;
using IocDashboard.Reports.Forms.Html;
using IocDashboard.Web.Features.Dossiers;

namespace IocDashboard.Web.Features.Meeting.Print;

/// <summary>Which way a figure should move: what colours an arrow green (better) or red (worse).</summary>
internal enum Better
{
    Neither,
    Higher,
    Lower,
}

/// <summary>
/// A change against a compared period as the printed view writes it: an arrow (▲ up, ▼ down, – none), the change in
/// the API's texts (a count's absolute change and its relative text "+4,56%", a rate's "+0,52 điểm %"), and the
/// compared figure under it. The arrow is coloured only where a direction is better, so received dossiers stay black.
/// </summary>
internal static class ChangeCell
{
    public const string Up = "▲";
    public const string Down = "▼";
    public const string Flat = "–";

    /// <summary>"+1.234" or "-56": the absolute change of a count, grouped as Vietnamese counts are.</summary>
    public static string Absolute(long change) => ChangeFormat.Sign(change, 0) + VietnameseFormat.Count(Math.Abs(change));

    public static void Count(HtmlWriter html, CountChangeDto change, long compared, Better better) =>
        Write(html, Math.Sign(change.Absolute), $"{Absolute(change.Absolute)} ({change.RelativeText})", VietnameseFormat.Count(compared), better);

    public static void Rate(HtmlWriter html, RateChangeDto change, string compared, Better better)
    {
        var direction = change.Points is { } p ? ChangeFormat.Sign(p, 2) switch { "+" => 1, "-" => -1, _ => 0 } : 0;
        Write(html, direction, change.PointsText, compared, better);
    }

    private static void Write(HtmlWriter html, int direction, string text, string compared, Better better)
    {
        var (arrow, kind) = direction switch { > 0 => (Up, "up"), < 0 => (Down, "down"), _ => (Flat, "flat") };
        var tone = (better, direction) switch
        {
            (Better.Higher, > 0) or (Better.Lower, < 0) => " good",
            (Better.Higher, < 0) or (Better.Lower, > 0) => " bad",
            _ => "",
        };
        html.Open("td", ("class", "change"))
            .Element("span", arrow, ("class", kind + tone)).Text(" " + text)
            .Element("span", "kỳ so sánh: " + compared, ("class", "was"))
            .Close();
    }
}
