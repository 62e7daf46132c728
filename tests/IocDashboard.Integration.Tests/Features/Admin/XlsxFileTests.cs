using IocDashboard.Web.Features.Admin.Uploads;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>The check that an upload is a real .xlsx, without a database or the page (the page's side: UploadFuzzTests).</summary>
public sealed class XlsxFileTests
{
    [Fact]
    public void Accepts_a_workbook()
    {
        Assert.True(XlsxFile.TryCheck(TemplateWorkbook.Of([("CDS01", "2024-01", 1)]), out var file, out var refusal), refusal);
        Assert.NotNull(file);
    }

    [Fact]
    public void Says_what_a_file_renamed_xlsx_is()
    {
        Assert.Equal(
            "Tệp không phải là bảng tính Excel (.xlsx) mà là tệp văn bản (như CSV): hãy mở tệp trong Excel rồi lưu lại dạng Sổ làm việc Excel (.xlsx).",
            Refusal("a,b,c\n"u8.ToArray()));
        Assert.Equal("Tệp không phải là bảng tính Excel (.xlsx) mà là tài liệu PDF.", Refusal("%PDF-1.4\n"u8.ToArray()));
        Assert.Equal("Tệp không phải là bảng tính Excel (.xlsx).", Refusal([0x00, 0x01, 0x02, 0xFF]));
    }

    [Fact]
    public void Refuses_a_zip_bomb_from_its_directory_without_expanding_it()
    {
        var bomb = UploadFuzzFiles.Cases["a sheet expanding to 200 MB"]().Content;
        Assert.InRange(bomb.Length, 1, 1024 * 1024);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Refusal(bomb);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal("Tệp .xlsx quá lớn khi giải nén (hơn 50 MB), không phải một biểu mẫu chỉ tiêu: tệp không được mở.", refusal);
        // The check reads the ZIP's directory only: kilobytes, where parsing the sheet would take gigabytes.
        Assert.True(allocated < 4 * 1024 * 1024, $"{allocated} bytes allocated");
    }

    private static string Refusal(byte[] content)
    {
        Assert.False(XlsxFile.TryCheck(content, out _, out var refusal));
        return refusal;
    }
}
