using System.IO.Compression;
using System.Text;
using IocDashboard.Web.Features.Admin.Uploads;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>
/// A file the upload fuzzer posts: its bytes and name, a fragment of the Vietnamese refusal the page must show (null
/// where the server refuses the request itself), and the statuses that answer is allowed (200, the page, unless said).
/// </summary>
internal sealed record UploadFuzzFile(byte[] Content, string FileName, string? Refusal, params int[] Statuses);

/// <summary>
/// The files that are not a good template: random bytes, other formats renamed .xlsx, ZIPs that are not workbooks,
/// workbooks cut short or corrupted inside, one whose sheet expands to hundreds of megabytes, too large, empty, and
/// names a browser should never send. Every one is built from a fixed seed, by its case name.
/// </summary>
internal static class UploadFuzzFiles
{
    private const string NotXlsx = "Tệp không phải là bảng tính Excel (.xlsx)";
    private const string Broken = "bị hỏng";
    private const string NotLoaded = "chưa nạp dữ liệu nào";
    private const int Seed = 20_261_202;

    /// <summary>A template every check accepts except one cell's value (D3): it shows its file name and loads nothing.</summary>
    private static byte[] OneBadCell => TemplateWorkbook.Of([("CDS01", "2024-01", 85.5m), ("CDS01", "2024-02", "abc")]);

    /// <summary>About 200 KB holding a 200 MB sheet: built once (compressing it takes seconds), for every test that posts it.</summary>
    private static readonly Lazy<byte[]> Bomb = new(() => WithHugeSheet(200L * 1024 * 1024));

    private static byte[] Good => TemplateWorkbook.Of([("CDS01", "2024-03", 70m), ("CDS02", "2024-03", 12.5m)]);

    /// <summary>How many copies of a template, each with a few random bytes changed, are posted besides the cases chosen by hand.</summary>
    private const int Mutants = 32;

    public static readonly IReadOnlyDictionary<string, Func<UploadFuzzFile>> Cases = WithMutants(new Dictionary<string, Func<UploadFuzzFile>>(StringComparer.Ordinal)
    {
        // (a) random bytes
        ["random bytes"] = () => new(Random(4096), "chitieu.xlsx", NotXlsx),
        ["one byte"] = () => new([(byte)'P'], "chitieu.xlsx", NotXlsx),
        ["a ZIP signature then random bytes"] = () => new([.. "PK\x03\x04"u8, .. Random(4096)], "chitieu.xlsx", Broken),
        // (b) other formats renamed .xlsx
        ["CSV renamed .xlsx"] = () => new(Encoding.UTF8.GetBytes("Mã chỉ tiêu,Tên chỉ tiêu,Kỳ báo cáo,Giá trị\nCDS01,Tỷ lệ,2024-01,85.5\n"), "chitieu.xlsx", "tệp văn bản"),
        ["UTF-16 text renamed .xlsx"] = () => new([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Mã chỉ tiêu\tGiá trị\r\n")], "chitieu.xlsx", "tệp văn bản"),
        ["PDF renamed .xlsx"] = () => new([.. "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8, .. Random(512)], "chitieu.xlsx", "tài liệu PDF"),
        ["PNG renamed .xlsx"] = () => new([0x89, .. "PNG\r\n\x1a\n"u8, 0, 0, 0, 13, .. "IHDR"u8, .. Random(256)], "chitieu.xlsx", "hình ảnh"),
        ["Excel 97-2003 (.xls) renamed .xlsx"] = () => new([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]], "chitieu.xlsx", "Excel 97–2003"),
        // (c) ZIPs that are not workbooks
        ["a ZIP of a text file"] = () => new(Zip(("doc-truoc.txt", "Đọc trước khi điền"u8.ToArray())), "chitieu.xlsx", "tệp nén ZIP"),
        ["a Word document renamed .xlsx"] = () => new(Zip(
            ("[Content_Types].xml", ContentTypes("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
            ("_rels/.rels", MainRelationship("word/document.xml")),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"u8.ToArray())),
            "chitieu.xlsx", "tài liệu Word"),
        ["a package naming a workbook it lacks"] = () => new(Zip(
            ("[Content_Types].xml", ContentTypes("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")),
            ("_rels/.rels", MainRelationship("xl/workbook.xml"))),
            "chitieu.xlsx", Broken),
        // (d) a real template cut short
        ["the first half of a template"] = () => new(Good[..(Good.Length / 2)], "chitieu.xlsx", Broken),
        ["a template without its last 10 bytes"] = () => new(Good[..^10], "chitieu.xlsx", Broken),
        // (e) a real template corrupted inside
        ["sheet XML cut short"] = () => new(Replace(Good, "xl/worksheets/", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r="u8.ToArray()), "chitieu.xlsx", Broken),
        ["sheet XML with a DTD expanding entities"] = () => new(Replace(Good, "xl/worksheets/", Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&c;</t></is></c></row></sheetData></worksheet>")),
            "chitieu.xlsx", Broken),
        ["shared strings that are not XML"] = () => new(Replace(Good, "xl/sharedStrings", Random(300)), "chitieu.xlsx", Broken),
        ["workbook XML that is not XML"] = () => new(Replace(Good, "xl/workbook.xml", "<workbook"u8.ToArray()), "chitieu.xlsx", Broken),
        ["a sheet of absurd cells"] = () => new(Replace(Good, "xl/worksheets/", AbsurdSheet()), "chitieu.xlsx", NotLoaded),
        // (f) expands far beyond any template once decompressed
        ["a sheet expanding to 200 MB"] = () => new(Bomb.Value, "chitieu.xlsx", "giải nén"),
        ["a package of 1 500 parts"] = () => new(AddParts(Good, 1_500), "chitieu.xlsx", "phần"),
        // (g) too large: over the page's limit, then over the request's
        ["one byte over 5 MB"] = () => new(Random((int)IndicatorUpload.MaxBytes + 1), "chitieu.xlsx", "lớn hơn 5 MB"),
        ["8 MB, over the request limit"] = () => new(Random(8 * 1024 * 1024), "chitieu.xlsx", null, 200, 400, 413),
        // (h) empty
        ["an empty file"] = () => new([], "chitieu.xlsx", "trống"),
        // (i) names: path segments, very long, Unicode, markup; each shown cleaned and encoded, with the template's error
        ["a Windows path as the name"] = () => new(OneBadCell, @"C:\Users\ke-toan\..\..\Windows\chitieu.xlsx", $"Tệp chitieu.xlsx có 1 lỗi — {NotLoaded}"),
        ["a Unix path as the name"] = () => new(OneBadCell, "../../etc/passwd.xlsx", $"Tệp passwd.xlsx có 1 lỗi — {NotLoaded}"),
        ["a 300-character name"] = () => new(OneBadCell, new string('x', 295) + ".xlsx", $"Tệp {new string('x', 200)} có 1 lỗi — {NotLoaded}"),
        ["a Vietnamese name"] = () => new(OneBadCell, "Báo cáo chỉ tiêu tháng 1 ✓ 💾.xlsx", $"Tệp Báo cáo chỉ tiêu tháng 1 ✓ 💾.xlsx có 1 lỗi — {NotLoaded}"),
        ["markup as the name"] = () => new(OneBadCell, "<img src=x onerror=alert(1)>.xlsx", $"Tệp <img src=x onerror=alert(1)>.xlsx có 1 lỗi — {NotLoaded}"),
        ["a script tag as the name"] = () => new(OneBadCell, "<script>alert(1)</script>.xlsx", NotLoaded),
    });

    /// <summary>
    /// The template with one bad cell, a few of its bytes changed at random (headers, compressed data, the ZIP's
    /// directory alike): whatever the change breaks, the upload is refused somehow, and the bad cell keeps it from loading
    /// should the change break nothing.
    /// </summary>
    private static Dictionary<string, Func<UploadFuzzFile>> WithMutants(Dictionary<string, Func<UploadFuzzFile>> cases)
    {
        for (var i = 1; i <= Mutants; i++)
        {
            var seed = Seed + i;
            cases[$"mutant {i} (seed {seed})"] = () =>
            {
                var random = new Random(seed);
                var bytes = OneBadCell;
                for (var changes = random.Next(1, 9); changes > 0; changes--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                }

                return new(bytes, "chitieu.xlsx", null);
            };
        }

        return cases;
    }

    private static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new Random(Seed + length).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static byte[] ContentTypes(string partName, string contentType) => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + $"<Override PartName=\"{partName}\" ContentType=\"{contentType}\"/></Types>");

    /// <summary>A workbook whose template sheet is <paramref name="bytes"/> of short rows (two numbers each), maximally compressed.</summary>
    public static byte[] WithHugeSheet(long bytes) => Replace(Good, "xl/worksheets/", null, expandTo: bytes);

    private static byte[] MainRelationship(string target) => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{target}\"/>"
        + "</Relationships>");

    /// <summary>
    /// The package with the first part whose name starts with <paramref name="prefix"/> replaced by <paramref name="content"/>,
    /// or, with <paramref name="expandTo"/>, by a well-formed sheet of that many bytes of rows (maximally compressed).
    /// </summary>
    private static byte[] Replace(byte[] package, string prefix, byte[]? content, long expandTo = 0)
    {
        using var stream = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var replaced = false;
            foreach (var entry in source.Entries)
            {
                using var output = target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open();
                if (!replaced && entry.FullName.StartsWith(prefix, StringComparison.Ordinal))
                {
                    replaced = true;
                    if (content is not null)
                    {
                        output.Write(content);
                    }
                    else
                    {
                        WriteHugeSheet(output, expandTo);
                    }
                }
                else
                {
                    using var input = entry.Open();
                    input.CopyTo(output);
                }
            }

            Assert.True(replaced, $"no part starts with {prefix}");
        }

        return stream.ToArray();
    }

    private static void WriteHugeSheet(Stream output, long bytes)
    {
        output.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
        var rows = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<row><c><v>1</v></c><c><v>2</v></c></row>", 1000)));
        for (long written = 0; written < bytes; written += rows.Length)
        {
            output.Write(rows);
        }

        output.Write("</sheetData></worksheet>"u8);
    }

    private static byte[] AddParts(byte[] package, int count)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                using var part = zip.CreateEntry($"customXml/item{i}.xml").Open();
                part.Write("<a/>"u8);
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Well-formed XML a workbook should not hold: a column of 20 letters, the largest row number, a shared string
    /// index past the table and past an int, numbers past a decimal, an unknown cell type, a formula without a value.
    /// </summary>
    private static byte[] AbsurdSheet() => Encoding.UTF8.GetBytes(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã chỉ tiêu</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Tên chỉ tiêu</t></is></c>"
        + "<c r=\"C1\" t=\"inlineStr\"><is><t>Kỳ báo cáo</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>Giá trị</t></is></c></row>"
        + "<row r=\"2\"><c r=\"AAAAAAAAAAAAAAAAAAAA2\"><v>1</v></c><c r=\"A2\" t=\"s\"><v>99999999999</v></c><c r=\"C2\" t=\"s\"><v>123456</v></c><c r=\"D2\"><v>1e400</v></c></row>"
        + "<row r=\"4294967295\"><c r=\"A4294967295\" t=\"inlineStr\"><is><t>CDS01</t></is></c><c r=\"C4294967295\"><v>NaN</v></c><c r=\"D4294967295\" t=\"zz\"><v>1</v></c></row>"
        + "<row><c t=\"b\"><v>2</v></c><c t=\"e\"><v>#DIV/0!</v></c><c><f>1/0</f></c><c t=\"inlineStr\"/></row>"
        + "</sheetData></worksheet>");
}
