using IocDashboard.Domain.Dossiers;
using IocDashboard.Reports.Charts;

namespace IocDashboard.Web.Features.Meeting.Print;

/// <summary>
/// The printed meeting view's style sheet: A4 landscape with the printer's margins (the footer "Trang x/y" sits in the
/// bottom one), ruled tables whose headings repeat on every page they run onto, no row split across pages, and the
/// on-time bands in the wall's colours (<see cref="DashboardPalette"/>), lightened so the figures stay legible.
/// </summary>
internal static class MeetingPrintStyles
{
    public static string Css { get; } = """
        @page { size: A4 landscape; margin: 12mm 10mm 14mm 10mm; }
        html { font-family: 'Be Vietnam Pro', 'DejaVu Sans', sans-serif; font-size: 9pt; color: #000; }
        body { margin: 0; }
        header.meeting { text-align: center; margin: 0 0 8pt; }
        header.meeting h1 { font-size: 13pt; margin: 0 0 3pt; text-transform: uppercase; }
        header.meeting p { margin: 0 0 2pt; }
        header.meeting .unit { font-size: 11pt; font-weight: 700; }
        header.meeting .period { font-weight: 700; }
        header.meeting .read-at { font-style: italic; font-size: 8pt; }
        section { margin: 0 0 8pt; }
        section.changes { break-before: page; }
        h2 { font-size: 10.5pt; margin: 8pt 0 4pt; break-after: avoid; }
        h3 { font-size: 9.5pt; margin: 6pt 0 3pt; break-after: avoid; }
        p.note { font-style: italic; font-size: 8pt; margin: 2pt 0 4pt; }
        p.none { margin: 0 0 4pt 8pt; font-style: italic; }
        table { border-collapse: collapse; width: 100%; margin: 0 0 4pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
        th { font-weight: 700; text-align: center; vertical-align: middle; background: #f1f5f9; }
        th .days, th .scope { display: block; font-weight: 400; font-size: 7.5pt; }
        th .scope { font-style: italic; }
        td.name { text-align: left; }
        td.count, td.rate, td.ordinal, td.points, td.date { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.ordinal { text-align: center; }
        td.code { white-space: nowrap; }
        td.change { white-space: nowrap; }
        td.change .was { display: block; font-size: 7.5pt; color: #444; }
        tr.total td { font-weight: 700; }
        tr.group td { font-weight: 700; background: #f8fafc; }
        td.missing { font-style: italic; color: #444; }
        .up, .down, .flat { font-weight: 700; }
        .good { color: #15803d; }
        .bad { color: #b91c1c; }
        table.kpis { width: auto; min-width: 70%; }
        table.kpis td.count, table.kpis td.rate { font-weight: 700; font-size: 10pt; }
        """
        + "\n" + Band(OnTimeLevel.Red) + Band(OnTimeLevel.Amber) + Band(OnTimeLevel.Green)
        + "@media screen { body { max-width: 277mm; margin: 10mm auto; } }\n";

    /// <summary>The CSS class of a shown on-time rate's band ("red", "amber", "green").</summary>
    public static string BandClass(OnTimeLevel level) => level.ToString().ToLowerInvariant();

    // The band's colour at a quarter of its strength behind the rate, and a bar of full strength at its left.
    private static string Band(OnTimeLevel level)
    {
        var hex = DashboardPalette.Level(level).Hex;
        return $"td.rate.{BandClass(level)} {{ background: {hex}40; box-shadow: inset 3pt 0 0 {hex}; }}\n";
    }
}
