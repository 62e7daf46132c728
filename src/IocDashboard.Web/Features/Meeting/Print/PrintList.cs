using System.Globalization;
using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Periods;
using IocDashboard.Reports.Forms.Html;

namespace IocDashboard.Web.Features.Meeting.Print;

/// <summary>A column of a printed list: its heading, its CSS class and the text of an item's cell.</summary>
internal sealed record PrintColumn<T>(string Heading, string Kind, Func<T, string> Text);

/// <summary>
/// A list of the meeting's "since the last meeting" and accountability parts: a numbered heading with the count, then
/// a ruled table, or "Không có" when the list is empty (an empty list is news too: nothing went overdue).
/// </summary>
internal static class PrintList
{
    public const string None = "Không có";

    public static void Write<T>(HtmlWriter html, string heading, IReadOnlyList<T> items, params PrintColumn<T>[] columns)
    {
        html.Element("h3", $"{heading} ({VietnameseFormat.Count(items.Count)})");
        if (items.Count == 0)
        {
            html.Element("p", None, ("class", "none"));
            return;
        }

        html.Open("table", ("class", "list")).Open("thead").Open("tr").Element("th", "STT");
        foreach (var column in columns)
        {
            html.Element("th", column.Heading);
        }

        html.Close().Close().Open("tbody");
        for (var i = 0; i < items.Count; i++)
        {
            html.Open("tr").Element("td", (i + 1).ToString(CultureInfo.InvariantCulture), ("class", "ordinal"));
            foreach (var column in columns)
            {
                html.Element("td", column.Text(items[i]), ("class", column.Kind));
            }

            html.Close();
        }

        html.Close().Close();
    }

    public static string Date(DateOnly? day) => day is { } d ? VietnameseFormat.Date(d) : "—";

    /// <summary>An instant as a Vietnamese date and time in Vietnam: "30/11/2026 14:00".</summary>
    public static string DateTime(DateTimeOffset instant) =>
        instant.ToOffset(ReportingPeriod.VietnamOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
