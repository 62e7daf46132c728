namespace IocDashboard.Reports.Summary.Html;

/// <summary>
/// The summary's style sheet, after the form's (which gives the named page "summary", A4 portrait, to section.summary):
/// tables that size to their content, charts as wide as the text with their captions, and neither a row nor a chart
/// split across pages. Every thead repeats on each page the table runs onto (the form's rule).
/// </summary>
internal static class SummaryPrintStyles
{
    public const string Css = """
        section.summary h2 { font-size: 10pt; line-height: 1.4; margin: 8pt 0 4pt; padding-top: 2pt; break-after: avoid; }
        section.summary h3 { font-size: 9pt; margin: 8pt 0 3pt; break-after: avoid; }
        section.summary p.note { font-style: italic; margin: 2pt 0 4pt; }
        section.summary table { margin: 0 0 4pt; }
        section.summary table.figures { width: auto; min-width: 60%; }
        section.summary th .days { font-weight: 400; font-size: 7.5pt; }
        section.summary td.count { width: auto; }
        section.summary td.change { font-style: italic; }
        section.summary td.code, section.summary td.date { white-space: nowrap; }
        section.summary table.list td.name { text-align: left; }
        section.summary tr.short td { font-weight: 700; }
        figure.chart { margin: 6pt 0 8pt; break-inside: avoid; text-align: center; }
        figure.chart svg { display: block; width: 100%; height: auto; }
        figure.chart.narrow svg { width: 75%; margin: 0 auto; }
        figure.chart figcaption { font-style: italic; font-size: 8pt; margin-top: 2pt; }
        """;
}
