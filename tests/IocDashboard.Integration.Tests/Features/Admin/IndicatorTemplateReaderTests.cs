using IocDashboard.Web.Features.Admin.Uploads;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>The template's checks, cell by cell, without a database.</summary>
public sealed class IndicatorTemplateReaderTests
{
    private static readonly Dictionary<string, short> Codes = new() { ["CDS01"] = 1, ["CDS02"] = 2 };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reads_values_from_shared_or_inline_strings_and_skips_rows_not_reported(bool sharedStrings)
    {
        var xlsx = TemplateWorkbook.Of(
            [("CDS01", "2024-01", 85.5m), ("CDS01", "2024-02", null), ("cds02", "2024-03", "92,25"), ("CDS02", "2024-04", 7)], sharedStrings);

        var reading = Read(xlsx, 2024);

        Assert.Empty(reading.Errors);
        Assert.Equal(1, reading.RowsNotReported);
        Assert.Equal(
            [(2, (short)1, new DateOnly(2024, 1, 1), 85.5m), (4, (short)2, new DateOnly(2024, 3, 1), 92.25m), (5, (short)2, new DateOnly(2024, 4, 1), 7m)],
            reading.Values.Select(v => (v.Row, v.IndicatorId, v.Period, v.Value)));
    }

    [Fact]
    public void Names_every_bad_cell_and_keeps_nothing()
    {
        var xlsx = TemplateWorkbook.Of([
            ("CDS01", "2024-01", 1),
            ("XYZ99", "2024-01", 2),
            ("CDS01", "2024-13", 3),
            ("CDS01", "2023-12", 4),
            ("CDS02", "2024-02", "abc"),
            ("CDS01", "2024-01", 5),
            ("CDS02", "2024-05", "1.234,5"),
        ]);

        var reading = Read(xlsx, 2024);

        Assert.Empty(reading.Values);
        Assert.Equal(
            [
                "BaoCao!A3: mã chỉ tiêu 'XYZ99' không có trong danh mục",
                "BaoCao!C4: '2024-13' không phải là kỳ báo cáo dạng YYYY-MM",
                "BaoCao!C5: kỳ 2023-12 nằm ngoài năm báo cáo 2024",
                "BaoCao!D6: 'abc' không phải là số",
                "BaoCao!A7: chỉ tiêu CDS01 kỳ 2024-01 trùng với dòng 2",
                "BaoCao!D8: '1.234,5' không phải là số",
            ],
            reading.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Refuses_wrong_headers_cell_by_cell()
    {
        var xlsx = TemplateWorkbook.Build([["Mã chỉ tiêu", "Tên", "Kỳ báo cáo"], ["CDS01", "x", "2024-01", 1]]);

        var errors = Read(xlsx, 2024).Errors.Select(e => (e.Sheet, e.Row, e.Column)).ToList();

        Assert.Equal([("BaoCao", 1, "B"), ("BaoCao", 1, "D")], errors);
    }

    [Fact]
    public void Refuses_a_workbook_without_the_sheet()
    {
        var otherSheet = TemplateWorkbook.Build([TemplateWorkbook.Headers], sheetName: "Sheet1");

        Assert.Equal("BaoCao: không có trang tính 'BaoCao' (tệp có: 'Sheet1')", Assert.Single(Read(otherSheet, 2024).Errors).ToString());
    }

    [Fact]
    public void Stops_reading_a_sheet_at_its_row_limit()
    {
        // 40 MB of rows pass XlsxFile's 50 MB; parsed as one document they took about 800 MB and eight seconds.
        var xlsx = UploadFuzzFiles.WithHugeSheet(40L * 1024 * 1024);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var errors = Read(xlsx, 2024).Errors;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal("BaoCao: quá 10.000 dòng dữ liệu", Assert.Single(errors).ToString());
        Assert.True(allocated < 64 * 1024 * 1024, $"{allocated / (1024 * 1024)} MB allocated");
    }

    private static TemplateReading Read(byte[] xlsx, int year)
    {
        Assert.True(XlsxFile.TryCheck(xlsx, out var file, out var refusal), refusal);
        return IndicatorTemplateReader.Read(file, year, Codes);
    }
}
