using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.Xml;
using IocDashboard.Domain.Formatting;

namespace IocDashboard.Web.Features.Admin.Uploads;

/// <summary>
/// An uploaded file checked to be a real .xlsx before anything reads it: a ZIP (it starts with the local header
/// signature PK\x03\x04), an Office Open XML package whose main part is a spreadsheet workbook that the package holds
/// (<see cref="PackageManifest"/>), and small once expanded (at most <see cref="MaxParts"/> parts and
/// <see cref="MaxExpandedBytes"/> in all). The sizes are those the ZIP's central directory declares, read without
/// expanding anything; System.IO.Compression stops reading a part at its declared size, so no part can expand past
/// what was checked, and a "zip bomb" is refused before a byte of it is inflated. A refusal says in Vietnamese what
/// is wrong, for the upload page. Only a checked file can be read (<see cref="IndicatorTemplateReader"/>).
/// </summary>
public sealed class XlsxFile
{
    /// <summary>
    /// A full template (10 000 rows, four columns) is a few megabytes expanded; fifty leave room for a workbook that
    /// carries other sheets besides, and bound the time and memory a hostile file can cost.
    /// </summary>
    public const long MaxExpandedBytes = 50L * 1024 * 1024;

    /// <summary>A workbook has a part per sheet, style, theme, image…: a few dozen; a thousand is not a template.</summary>
    public const int MaxParts = 1_000;

    private const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private const string Broken = "Tệp .xlsx bị hỏng hoặc không trọn vẹn (có thể do tải xuống hay sao chép bị gián đoạn): "
        + "hãy mở lại tệp trong Excel, lưu lại rồi tải lên lần nữa.";

    /// <summary>
    /// What a package is when its main part is not a workbook, by that part's content type, and whether Excel can save
    /// it as a workbook (a macro-enabled workbook or a template can; a Word document cannot).
    /// </summary>
    private static readonly Dictionary<string, (string What, bool Excel)> OtherDocuments = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"] = ("tài liệu Word (.docx)", false),
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"] = ("bản trình chiếu PowerPoint (.pptx)", false),
        ["application/vnd.ms-excel.sheet.macroEnabled.main+xml"] = ("bảng tính có macro (.xlsm)", true),
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"] = ("mẫu Excel (.xltx)", true),
    };

    private readonly byte[] _content;

    private XlsxFile(byte[] content) => _content = content;

    /// <summary>The file's bytes, to read.</summary>
    public Stream OpenRead() => new MemoryStream(_content, writable: false);

    /// <summary>The checked file, or false and the reason in Vietnamese.</summary>
    public static bool TryCheck(byte[] content, [NotNullWhen(true)] out XlsxFile? file, [NotNullWhen(false)] out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(content);
        file = null;
        refusal = content.AsSpan().StartsWith("PK\x03\x04"u8) ? PackageProblem(content) : FileSignatures.Refusal(content);
        if (refusal is not null)
        {
            return false;
        }

        file = new XlsxFile(content);
        return true;
    }

    private static string? PackageProblem(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts)
            {
                return $"Tệp .xlsx có hơn {VietnameseFormat.Count(MaxParts)} phần bên trong, không phải một biểu mẫu chỉ tiêu: tệp không được mở.";
            }

            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                expanded += entry.Length;
                if (expanded > MaxExpandedBytes)
                {
                    return $"Tệp .xlsx quá lớn khi giải nén (hơn {MaxExpandedBytes / (1024 * 1024)} MB), không phải một biểu mẫu chỉ tiêu: tệp không được mở.";
                }
            }

            if (PackageManifest.MainPart(zip) is not var (partName, contentType))
            {
                return $"{FileSignatures.NotXlsx} mà là một tệp nén ZIP khác.";
            }

            if (!string.Equals(contentType, WorkbookType, StringComparison.OrdinalIgnoreCase))
            {
                return contentType is null || !OtherDocuments.TryGetValue(contentType, out var other)
                    ? $"{FileSignatures.NotXlsx} mà là một tệp nén ZIP khác."
                    : other.Excel ? $"{FileSignatures.NotXlsx} mà là {other.What}: {FileSignatures.SaveAsXlsx}." : $"{FileSignatures.NotXlsx} mà là {other.What}.";
            }

            return PackageManifest.Find(zip, partName) is null ? Broken : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or NotSupportedException)
        {
            // The ZIP's directory is cut short or corrupted, a manifest is not XML, or a part cannot be inflated.
            return Broken;
        }
    }
}
