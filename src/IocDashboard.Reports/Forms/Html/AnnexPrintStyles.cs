namespace IocDashboard.Reports.Forms.Html;

/// <summary>
/// The print view's style sheet: the summary A4 portrait, the form A4 landscape, the form's header lines, ruled tables whose headings repeat on every
/// printed page (thead as a table-header-group), rows never split across pages, counts right-aligned.
/// </summary>
internal static class AnnexPrintStyles
{
    public const string Css = """
        @page { size: A4 landscape; margin: 12mm 10mm 14mm 10mm; }
        html { font-family: 'Be Vietnam Pro', 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #000; }
        body { margin: 0; }
        @page summary { size: A4 portrait; margin: 15mm 15mm 16mm 15mm; }
        section + section { break-before: page; }
        section.summary { page: summary; }
        section.summary table { table-layout: auto; }
        section.summary td.count { width: 8em; }
        tr.rate td { font-weight: 700; }
        .form-number { text-align: right; font-weight: 700; margin: 0 0 4pt; }
        h1 { font-size: 11pt; text-align: center; margin: 0 0 4pt; }
        .period { text-align: center; font-weight: 700; margin: 0 0 6pt; }
        .line { margin: 0 0 2pt; }
        .count-unit { text-align: right; font-style: italic; margin: 0 0 4pt; }
        h2 { font-size: 9.5pt; margin: 6pt 0 4pt; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; }
        col.ordinal { width: 3.4%; }
        col.name { width: 23%; }
        col.count { width: 6.6%; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 0.5pt solid #000; padding: 2pt 3pt; }
        th { font-weight: 700; text-align: center; vertical-align: middle; }
        thead tr.numbers th { font-weight: 400; font-style: italic; }
        td.ordinal { text-align: center; }
        td.count { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr.group td, tr.total td { font-weight: 700; }
        tr.total td.name { text-align: center; }
        @media screen { body { max-width: 277mm; margin: 10mm auto; } section + section { margin-top: 15mm; } section.summary { max-width: 180mm; margin: 0 auto; } }
        """;
}
