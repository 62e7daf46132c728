using System.Text.RegularExpressions;
using IocDashboard.Reports.Charts;
using IocDashboard.Reports.Forms.Html;
using IocDashboard.Reports.Summary;
using IocDashboard.Reports.Summary.Html;
using static IocDashboard.Reports.Tests.Summary.PeriodReportSamples;

namespace IocDashboard.Reports.Tests.Summary;

/// <summary>The report's print view on made-up figures: the summary's parts, the comparison, the notes, the charts as SVG, then the form.</summary>
public sealed partial class ReportPrintViewTests
{
    // The writer encodes "+" as &#x2B;, which a browser shows as "+".
    private const string Plus = "&#x2B;";

    private static readonly string Html = ReportPrintView.Render(Province(), PrintFonts.Linked);

    [Fact]
    public void The_summary_has_its_parts_before_the_forms_two_tables()
    {
        string[] parts = [ReportPrintView.Title, SummaryComparison.Heading, PetitionCatalogueSection.Heading, TaskSection.Heading, IndicatorSection.Heading, "id=\"by-field\"", "id=\"by-unit\""];
        var positions = parts.Select(p => Html.IndexOf(p, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("<section class=\"summary\" id=\"summary\">", Html, StringComparison.Ordinal);
        Assert.Contains("@page summary { size: A4 portrait;", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_shows_each_period_with_Vietnamese_numbers_and_the_change()
    {
        // (4) received online: 250.000 now, 200.000 before: +25,00%.
        Assert.Contains($"<td class=\"name\">(4) Số hồ sơ nhận giải quyết – Trong kỳ – Trực tuyến</td><td class=\"count\">250.000</td><td class=\"count\">200.000</td><td class=\"count change\">{Plus}25,00%</td>",
            Html, StringComparison.Ordinal);
        Assert.Contains("<th>Kỳ này<br><span class=\"days\">15/6/2026 – 14/9/2026</span></th>", Html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"name\">{SummaryComparison.OnTimeRate.Replace("+", Plus, StringComparison.Ordinal)}</td><td class=\"count\">97,88%</td>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_across_the_merger_shows_the_figures_and_the_note_but_no_change()
    {
        // The year before: figures shown, change a dash, the note under the table.
        Assert.Contains($"<td class=\"count\">200.000</td><td class=\"count change\">{Plus}25,00%</td><td class=\"count\">200.000</td><td class=\"count change\">—</td>", Html, StringComparison.Ordinal);
        Assert.Contains("Cùng kỳ năm trước (Quý III năm 2025): phạm vi thay đổi từ 01/7/2025: các đơn vị", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_that_did_not_exist_in_a_compared_period_is_said_so_instead_of_a_number()
    {
        var missing = new ComparedTerm(WorkloadComparison.YearBeforeHeading, Domain.Periods.ReportTerm.Parse("2025-Q3"), null, null, null,
            "Đơn vị chưa thành lập hoặc đã giải thể trong Quý III năm 2025");
        var html = ReportPrintView.Render(Province(missing), PrintFonts.Linked);
        Assert.Contains("Cùng kỳ năm trước (Quý III năm 2025): Đơn vị chưa thành lập hoặc đã giải thể trong Quý III năm 2025.", html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"count change\">{Plus}25,00%</td><td class=\"count\">—</td><td class=\"count change\">—</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasks_show_both_dates_the_changes_and_the_overdue_by_agency()
    {
        Assert.Contains("<th>Đến ngày 14/6/2026</th><th>Đến ngày 14/9/2026</th>", Html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"name\">Đang thực hiện quá hạn</td><td class=\"count\">2</td><td class=\"count\">3</td><td class=\"count change\">{Plus}1</td>", Html, StringComparison.Ordinal);
        Assert.Contains("<td>Hoàn thành chờ xác nhận</td><td>Hoàn thành đúng hạn</td>", Html, StringComparison.Ordinal);
        Assert.Contains("<td colspan=\"5\">Sở Nội vụ: 2 nhiệm vụ</td>", Html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"code\">NV004</td><td class=\"name\">Nhiệm vụ NV004</td><td class=\"date\">30/6/2026</td><td class=\"count\">76</td>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_show_target_actual_standing_and_signed_gap()
    {
        Assert.Contains("<td class=\"count\">40%</td><td class=\"count\">31,25%</td><td>Chưa đạt</td><td class=\"count\">-8,75%</td>", Html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"count\">50%</td><td class=\"count\">62,5%</td><td>Đạt</td><td class=\"count\">{Plus}12,5%</td>", Html, StringComparison.Ordinal);
        Assert.Contains("<td>Chưa có mục tiêu</td><td class=\"count\">—</td>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commune_gets_one_line_notes_for_tasks_indicators_and_petitions()
    {
        var report = Province() with
        {
            Tasks = TaskReport.ProvinceLevelOnly,
            Indicators = IndicatorReport.ProvinceLevelOnly,
            Petitions = new PetitionFigures(null, PeriodReportSource.PetitionNote),
        };
        var html = ReportPrintView.Render(report, PrintFonts.Linked);
        Assert.Contains(TaskReport.ProvinceLevelNote, html, StringComparison.Ordinal);
        Assert.Contains(IndicatorReport.ProvinceLevelNote, html, StringComparison.Ordinal);
        Assert.Contains(PeriodReportSource.PetitionNote, html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "<svg")); // the dossiers' trend only
    }

    [Fact]
    public void Charts_are_inline_SVG_in_the_embedded_font_with_ids_unique_in_the_page()
    {
        Assert.Equal(4, Count(Html, "<svg"));
        Assert.DoesNotContain("<img", Html, StringComparison.Ordinal);
        Assert.Contains($"font-family=\"{ChartFonts.Family}\"", Html, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"0 0 1600 1300\"", Html, StringComparison.Ordinal);
        var ids = IdPattern().Matches(Html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("Hoàn thành đúng hạn: 1", Html, StringComparison.Ordinal); // the donut's legend, as text

        // Colours keep their values ("#2563eb" is not a reference to prefix); references follow their ids.
        Assert.DoesNotContain("=\"#chart-", Html, StringComparison.Ordinal);
        Assert.Matches("fill=\"#[0-9A-Fa-f]{6}\"", Html);
        foreach (var reference in ReferencePattern().Matches(Html).Select(m => m.Groups[1].Value))
        {
            Assert.Contains(reference, ids);
        }
    }

    [Fact]
    public void Labels_from_the_data_stay_text_inside_the_SVG()
    {
        var report = Province() with
        {
            Tasks = TaskReport.Of(Days.To, [Task("NV</svg><script>x</script>", "SNV", Domain.Tasks.ReformTaskStatus.CompletedOnTime)], PreviousEnd, [],
                [new("TC", "Cải cách <script>alert(1)</script>", true)], _ => true, null),
        };
        var html = ReportPrintView.Render(report, PrintFonts.Linked);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex ReferencePattern();
}
