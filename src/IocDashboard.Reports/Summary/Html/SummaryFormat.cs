using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Summary.Html;

/// <summary>
/// The summary's figures as Vietnamese text, through the Domain's formats (the API's texts: 270.497, 94,12%), with a
/// sign for changes and gaps ("+3,25%", "-0,40 điểm %").
/// </summary>
internal static class SummaryFormat
{
    public const string None = "—";

    public static string Count(long value) => VietnameseFormat.Count(value);

    public static string Percent(double? fraction) => VietnameseFormat.Percent(fraction);

    /// <summary>A relative change: "+12,34%", "-3,10%"; a dash when there is none.</summary>
    public static string Change(double? fraction) => ChangeFormat.Relative(fraction);

    /// <summary>A change of a rate in percentage points: "+0,52 điểm %".</summary>
    public static string Points(double? points) => ChangeFormat.Points(points);

    /// <summary>An indicator's gap in its unit, signed: "+12,5%", "-3".</summary>
    public static string Gap(decimal? gap, string unit) => gap is { } g ? ChangeFormat.Sign((double)g, 2) + IndicatorSummary.Text(Math.Abs(g), unit) : None;

    /// <summary>A date as the form's header lines write it (01/7/2026), so the summary and the annex agree.</summary>
    public static string Date(DateOnly day) => ReportTerm.OfficialDate(day);
}
