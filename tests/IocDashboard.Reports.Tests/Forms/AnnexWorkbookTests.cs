using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Reports.Forms;
using IocDashboard.Reports.Forms.Xlsx;
using IocDashboard.TestSupport;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Tests.Forms;

/// <summary>Form II.06a as a workbook, on made-up figures: valid, the form's texts and headings, the rows as given.</summary>
public sealed class AnnexWorkbookTests
{
    private static readonly string[] SecondLevel = ["C8", "D8", "F8", "G8", "H8", "I8", "J8", "K8", "L8", "M8"];

    private static readonly WorkloadMeasures Some = new(1200, 345, 67, 1000, 250, 12, 330, 20);

    private static WorkloadAnnex Annex(DateOnly? before = null)
    {
        var term = before is null ? ReportTerm.Parse("2026-Q3") : ReportTerm.Parse("2024-Q3");
        var units = before is null
            ? new[] { Row("000.01", "Sở Nội vụ", "agency", 1), Row("000.02", "Sở Tư pháp", "agency", 2), Row("25486", "Xã Tân Biên", "commune", 3), Row("27694", "Phường Long An", "commune", 4) }
            : [Row("000.01", "Sở Nội vụ", "agency", 1), Row("705", "Huyện Tân Biên", "district", 2)];
        return new WorkloadAnnex(
            term,
            CutOff.Official,
            new AnnexUnit("TNH", "Tỉnh Tây Ninh", OrgUnitKind.Province),
            [Row("DD", "Đất đai", null, 5), Row("TP", "Tư pháp", null, 1), Row("XD", "Xây dựng", null, 0)],
            WorkloadAnnex.GroupUnits(units, term.Days(CutOff.Official).To));
    }

    private static WorkloadRow Row(string code, string name, string? kind, int times) =>
        new(code, name, kind, new WorkloadMeasures(
            Some.ReceivedOnline * times, Some.ReceivedDirectOrPostal * times, Some.CarriedOver * times, Some.BeforeDeadline * times,
            Some.OnDeadline * times, Some.Late * times, Some.WithinDeadline * times, Some.Overdue * times));

    [Fact]
    public void The_workbook_passes_the_OpenXml_validator() =>
        Assert.Empty(Workbooks.ValidationErrors(AnnexWorkbook.ToBytes(Annex())));

    [Fact]
    public void Each_table_has_the_forms_header_lines_headings_merged_cells_and_column_numbers()
    {
        var sheets = Workbooks.Read(AnnexWorkbook.ToBytes(Annex()));
        Assert.Equal([AnnexWorkbook.FieldSheet, AnnexWorkbook.UnitSheet], sheets.Select(s => s.Name));
        foreach (var sheet in sheets)
        {
            Assert.Equal("Biểu số II.06a/VPCP/KSTT", sheet.TextAt(1, 1));
            Assert.Equal("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC", sheet.TextAt(1, 2));
            Assert.Equal("Kỳ báo cáo: Quý III năm 2026 (Từ ngày 15/6/2026 đến ngày 14/9/2026)", sheet.TextAt(1, 3));
            Assert.Equal("Đơn vị báo cáo: Ủy ban nhân dân tỉnh Tây Ninh", sheet.TextAt(1, 4));
            Assert.Equal("Đơn vị nhận báo cáo: Văn phòng Chính phủ", sheet.TextAt(1, 5));
            Assert.Equal("Đơn vị tính: Số hồ sơ TTHC", sheet.TextAt(1, 6));
            for (uint row = 1; row <= 6; row++)
            {
                Assert.Contains($"A{row}:M{row}", sheet.Merges);
            }

            // Three levels of headings (rows 7–9) as the form prints them, then (1) … (13).
            Assert.Equal("STT", sheet["A7"]!.Text);
            Assert.Equal("Lĩnh vực, công việc giải quyết theo cấp", sheet["B7"]!.Text);
            Assert.Equal("Số hồ sơ nhận giải quyết", sheet["C7"]!.Text);
            Assert.Equal("Số hồ sơ đã giải quyết", sheet["G7"]!.Text);
            Assert.Equal("Số hồ sơ đang giải quyết", sheet["K7"]!.Text);
            Assert.Equal(["Tổng số", "Trong kỳ", "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"],
                SecondLevel.Select(r => sheet[r]!.Text));
            Assert.Equal("Trực tuyến", sheet["D9"]!.Text);
            Assert.Equal("Trực tiếp, dịch vụ bưu chính", sheet["E9"]!.Text);
            string[] merged = ["A7:A9", "B7:B9", "C7:F7", "C8:C9", "D8:E8", "F8:F9", "G7:J7", "G8:G9", "H8:H9", "I8:I9", "J8:J9", "K7:M7", "K8:K9", "L8:L9", "M8:M9"];
            Assert.Equal(merged.Concat(Enumerable.Range(1, 6).Select(r => $"A{r}:M{r}")).Order(StringComparer.Ordinal), sheet.Merges.Order(StringComparer.Ordinal));
            Assert.Equal(Enumerable.Range(1, 13).Select(c => $"({c})"), Enumerable.Range(1, 13).Select(c => sheet.TextAt(c, 10)));

            // Headings frozen and printed on every page; A4 landscape, one page wide.
            Assert.Equal("C11", sheet.FrozenTopLeft);
            Assert.Equal($"'{sheet.Name}'!$7:$10", sheet.PrintTitles);
            Assert.True(sheet.Landscape);
            Assert.Equal(9U, sheet.PaperSize);
            Assert.Equal(1U, sheet.FitToWidth);
            Assert.True(sheet.FitToPage);
        }
    }

    [Fact]
    public void The_field_table_lists_the_rows_as_given_then_their_total_as_numbers()
    {
        var annex = Annex();
        var sheet = Workbooks.Read(AnnexWorkbook.ToBytes(annex))[0];
        uint row = 11;
        foreach (var (field, i) in annex.Fields.Select((f, i) => (f, i)))
        {
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), sheet.TextAt(1, row));
            Assert.Equal(field.Name, sheet.TextAt(2, row));
            AssertCounts(sheet, row, field.Measures);
            row++;
        }

        Assert.Equal("Tổng số", sheet.TextAt(2, row));
        AssertCounts(sheet, row, annex.FieldTotal);
        Assert.Equal(6 * Some.ToHandle, sheet[$"C{row}"]!.Count);
        Assert.Null(sheet[$"A{row + 1}"]);
    }

    [Fact]
    public void The_unit_table_groups_agencies_then_communes_with_subtotals()
    {
        var annex = Annex();
        var sheet = Workbooks.Read(AnnexWorkbook.ToBytes(annex))[1];
        Assert.Equal(["I", "Sở, ban, ngành"], [sheet.TextAt(1, 11), sheet.TextAt(2, 11)]);
        AssertCounts(sheet, 11, annex.UnitGroups[0].Measures);
        Assert.Equal(["1", "Sở Nội vụ"], [sheet.TextAt(1, 12), sheet.TextAt(2, 12)]);
        Assert.Equal(["2", "Sở Tư pháp"], [sheet.TextAt(1, 13), sheet.TextAt(2, 13)]);
        Assert.Equal(["II", "Xã, phường"], [sheet.TextAt(1, 14), sheet.TextAt(2, 14)]);
        Assert.Equal(["1", "Xã Tân Biên"], [sheet.TextAt(1, 15), sheet.TextAt(2, 15)]);
        Assert.Equal(["2", "Phường Long An"], [sheet.TextAt(1, 16), sheet.TextAt(2, 16)]);
        AssertCounts(sheet, 16, annex.UnitGroups[1].Rows[1].Measures);
        Assert.Equal("Tổng số", sheet.TextAt(2, 17));
        Assert.Equal(10 * Some.ToHandle, sheet["C17"]!.Count);
    }

    [Fact]
    public void Before_July_2025_the_units_are_the_district_level_ones()
    {
        var sheet = Workbooks.Read(AnnexWorkbook.ToBytes(Annex(before: new DateOnly(2025, 7, 1))))[1];
        Assert.Equal("Kỳ báo cáo: Quý III năm 2024 (Từ ngày 15/6/2024 đến ngày 14/9/2024)", sheet.TextAt(1, 3));
        Assert.Equal("Huyện, thị xã, thành phố", sheet.TextAt(2, 13));
        Assert.Equal("Huyện Tân Biên", sheet.TextAt(2, 14));
    }

    [Theory]
    [InlineData("Tỉnh Tây Ninh", OrgUnitKind.Province, "Ủy ban nhân dân tỉnh Tây Ninh", "Văn phòng Chính phủ")]
    [InlineData("Xã Tân Biên", OrgUnitKind.Commune, "Ủy ban nhân dân xã Tân Biên", "Văn phòng Ủy ban nhân dân tỉnh Tây Ninh")]
    [InlineData("Sở Tư pháp", OrgUnitKind.Agency, "Sở Tư pháp", "Văn phòng Ủy ban nhân dân tỉnh Tây Ninh")]
    public void The_reporting_and_receiving_bodies_follow_the_unit(string name, OrgUnitKind kind, string reporter, string recipient)
    {
        var unit = new AnnexUnit("X", name, kind);
        Assert.Equal(reporter, unit.Reporter);
        Assert.Equal(recipient, unit.Recipient);
    }

    /// <summary>Columns (3)–(13) are number cells formatted #,##0 with the row's measures, and the form's identities hold.</summary>
    private static void AssertCounts(ReadSheet sheet, uint row, WorkloadMeasures expected)
    {
        var values = Enumerable.Range(3, 11).Select(c => sheet[ReadSheet.Ref(c, row)]!).ToList();
        Assert.All(values, v => Assert.True(v.IsNumber && v.NumberFormat == "#,##0", $"row {row}: {v}"));
        var n = values.Select(v => v.Count).Prepend(0).Prepend(0).Prepend(0).ToArray(); // n[3] is column (3)
        Assert.Equal(FormII06a.Counts(expected), n[3..]);
        Assert.Equal(n[3], n[4] + n[5] + n[6]);
        Assert.Equal(n[3], n[7] + n[11]);
        Assert.Equal(n[7], n[8] + n[9] + n[10]);
        Assert.Equal(n[11], n[12] + n[13]);
    }
}
