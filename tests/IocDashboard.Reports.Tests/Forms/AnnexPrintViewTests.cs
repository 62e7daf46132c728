using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Reports.Forms;
using IocDashboard.Reports.Forms.Html;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Tests.Forms;

/// <summary>Form II.06a as a page to print, on made-up figures: encoded texts, grouped headings, Vietnamese numbers.</summary>
public sealed class AnnexPrintViewTests
{
    private static readonly WorkloadMeasures Big = new(270_000, 497, 1_234_567, 1_000_000, 4_000, 103, 500_455, 506);

    private static WorkloadAnnex Annex(string fieldName)
    {
        var term = ReportTerm.Parse("2026-Q3");
        return new WorkloadAnnex(
            term,
            CutOff.Official,
            new AnnexUnit("TNH", "Tỉnh Tây Ninh", OrgUnitKind.Province),
            [new WorkloadRow("X", fieldName, null, Big)],
            WorkloadAnnex.GroupUnits([new WorkloadRow("000.01", "Sở Nội vụ", "agency", Big), new WorkloadRow("25486", "Xã Tân Biên", "commune", Big)], term.Days(CutOff.Official).To));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(497, "497")]
    [InlineData(270_497, "270.497")]
    [InlineData(1_234_567, "1.234.567")]
    public void Counts_are_written_with_a_dot_between_thousands(long value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Count(value));

    [Fact]
    public void Texts_from_the_data_are_encoded_and_Vietnamese_letters_kept()
    {
        var html = AnnexPrintView.Render(Annex("Đất đai <script>alert('x')</script> & \"khác\""), PrintFonts.Linked);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("Đất đai &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;khác&quot;", html, StringComparison.Ordinal);
        Assert.Contains("Lĩnh vực, công việc giải quyết theo cấp", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_table_has_the_header_lines_three_heading_rows_column_numbers_and_a_total()
    {
        var html = AnnexPrintView.Render(Annex("Đất đai"), PrintFonts.Linked);
        Assert.Equal(2, Count(html, "<p class=\"form-number\">Biểu số II.06a/VPCP/KSTT</p>"));
        // The summary page and the two tables.
        Assert.Equal(3, Count(html, "<p class=\"period\">Kỳ báo cáo: Quý III năm 2026 (Từ ngày 15/6/2026 đến ngày 14/9/2026)</p>"));
        Assert.Equal(3, Count(html, "<p class=\"line\">Đơn vị nhận báo cáo: Văn phòng Chính phủ</p>"));
        Assert.Equal(2, Count(html, "<thead><tr><th rowspan=\"3\" scope=\"col\">STT</th>"));
        Assert.Equal(2, Count(html, "<th colspan=\"3\" scope=\"colgroup\">Số hồ sơ đang giải quyết</th></tr>"));
        Assert.Equal(2, Count(html, "<th>(13)</th></tr></thead>"));

        // (3) = 270.000 online + 497 direct + 1.234.567 carried over = (7) 1.004.103 resolved + (11) 500.961 pending.
        string[] row = ["1.505.064", "270.000", "497", "1.234.567", "1.004.103", "1.000.000", "4.000", "103", "500.961", "500.455", "506"];
        string Cells(IEnumerable<string> counts) => string.Concat(counts.Select(c => $"<td class=\"count\">{c}</td>"));
        Assert.Contains("<td class=\"name\">Đất đai</td>" + Cells(row), html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"total\"><td class=\"ordinal\"></td><td class=\"name\">Tổng số</td>" + Cells(row), html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"group\"><td class=\"ordinal\">II</td><td class=\"name\">Xã, phường</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_page_comes_first_with_the_field_total_by_column_and_the_rates()
    {
        var html = AnnexPrintView.Render(Annex("Đất đai"), PrintFonts.Linked);
        Assert.True(html.IndexOf("<section class=\"summary\"", StringComparison.Ordinal) < html.IndexOf("<section class=\"table\"", StringComparison.Ordinal));
        Assert.Contains("size: A4 portrait", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"ordinal\">(4)</td><td class=\"name\">Số hồ sơ nhận giải quyết – Trong kỳ – Trực tuyến</td><td class=\"count\">270.000</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"ordinal\">(13)</td><td class=\"name\">Số hồ sơ đang giải quyết – Quá hạn</td><td class=\"count\">506</td>", html, StringComparison.Ordinal);

        // (1.000.000 + 4.000) / 1.004.103 and 270.000 / 270.497; the encoder writes '+' as a character reference.
        var decoded = System.Net.WebUtility.HtmlDecode(html);
        Assert.Contains("<td class=\"name\">Tỷ lệ giải quyết đúng hạn ((8)+(9))/(7)</td><td class=\"count\">99,99%</td>", decoded, StringComparison.Ordinal);
        Assert.Contains("<td class=\"name\">Tỷ lệ tiếp nhận trực tuyến (4)/((4)+(5))</td><td class=\"count\">99,82%</td>", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_fonts_carry_both_faces_as_data_URLs()
    {
        var faces = PrintFonts.Embedded.FontFaces!;
        Assert.Contains("font-weight: 400; src: url(data:font/ttf;base64,", faces, StringComparison.Ordinal);
        Assert.Contains("font-weight: 700; src: url(data:font/ttf;base64,", faces, StringComparison.Ordinal);
        Assert.Null(PrintFonts.Embedded.StylesheetHref);
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
