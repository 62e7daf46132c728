using System.Text;

namespace IocDashboard.Web.Features.Admin.Uploads;

/// <summary>
/// What an upload that is not a ZIP seems to be, by its first bytes, so that the refusal names it (a PDF, an image, an
/// Excel 97–2003 file, text such as CSV) and says how to make an .xlsx of it.
/// </summary>
internal static class FileSignatures
{
    public const string NotXlsx = "Tệp không phải là bảng tính Excel (.xlsx)";
    public const string SaveAsXlsx = "hãy mở tệp trong Excel rồi lưu lại dạng Sổ làm việc Excel (.xlsx)";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Utf16LittleEndianMark = [0xFF, 0xFE];
    private static readonly byte[] Utf16BigEndianMark = [0xFE, 0xFF];

    /// <summary>The refusal of a file that is not a ZIP at all.</summary>
    public static string Refusal(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF"u8))
        {
            return $"{NotXlsx} mà là tài liệu PDF.";
        }

        if (content.StartsWith(Png) || content.StartsWith(Jpeg) || content.StartsWith("GIF8"u8))
        {
            return $"{NotXlsx} mà là tệp hình ảnh.";
        }

        if (content.StartsWith(CompoundFile))
        {
            // The compound file of Office 97–2003; Excel also wraps a password-protected .xlsx in one.
            return $"{NotXlsx} mà là tệp Office định dạng cũ (như Excel 97–2003 .xls) hoặc tệp Excel có đặt mật khẩu: "
                + "hãy mở tệp trong Excel, bỏ mật khẩu nếu có, rồi lưu lại dạng Sổ làm việc Excel (.xlsx).";
        }

        return IsText(content[..Math.Min(content.Length, 4096)]) ? $"{NotXlsx} mà là tệp văn bản (như CSV): {SaveAsXlsx}." : $"{NotXlsx}.";
    }

    /// <summary>UTF-16 with its byte order mark, or valid UTF-8 without control characters other than tab and line breaks.</summary>
    private static bool IsText(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith(Utf16LittleEndianMark) || start.StartsWith(Utf16BigEndianMark))
        {
            return true;
        }

        string text;
        try
        {
            // A sample cut in the middle of a character is still text: leave out a sequence left incomplete at its end.
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(start[..Utf8Boundary(start)]);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return text.Length > 0 && !text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
    }

    /// <summary>The length of <paramref name="bytes"/> without a UTF-8 sequence left incomplete at its end.</summary>
    private static int Utf8Boundary(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) != 0x80)
            {
                // The lead byte of the last sequence: keep the sequence only if it is whole.
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return needed > back ? bytes.Length - back : bytes.Length;
            }
        }

        return bytes.Length;
    }
}
