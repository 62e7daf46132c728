using System.Diagnostics;
using System.Globalization;
using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IocDashboard.Warehouse.Loading;

namespace IocDashboard.Web.Features.Admin.Uploads;

/// <summary>One problem in an uploaded template, at a cell ("BaoCao!D7") or, without a row, at the sheet or file.</summary>
public sealed record TemplateError(string Sheet, int? Row, string? Column, string Message)
{
    public string Cell => Row is { } row ? $"{Column}{row}" : "";

    public override string ToString() => Row is null ? $"{Sheet}: {Message}" : $"{Sheet}!{Cell}: {Message}";
}

/// <summary>One reported value from row <paramref name="Row"/>.</summary>
public sealed record TemplateValue(int Row, string Code, short IndicatorId, DateOnly Period, decimal Value);

public sealed record TemplateReading(IReadOnlyList<TemplateValue> Values, IReadOnlyList<TemplateError> Errors, int RowsNotReported);

/// <summary>
/// Reads and checks the monthly indicator template: sheet "BaoCao", row 1 the headers
/// "Mã chỉ tiêu | Tên chỉ tiêu | Kỳ báo cáo | Giá trị", then one row per indicator and month: A the indicator code,
/// B its name (ignored), C the period "YYYY-MM", D the value (empty: not reported, the row is skipped). Every cell
/// that would be loaded is checked, and every problem is reported, so one upload shows the whole list to fix.
/// </summary>
public static class IndicatorTemplateReader
{
    public const string SheetName = "BaoCao";
    public const int MaxDataRows = 10_000;
    public static readonly IReadOnlyList<string> Headers = ["Mã chỉ tiêu", "Tên chỉ tiêu", "Kỳ báo cáo", "Giá trị"];

    /// <summary>Reads the template against the indicators' codes and ids (<see cref="ReferenceCodes.Indicators"/>).</summary>
    public static TemplateReading Read(XlsxFile xlsx, int year, IReadOnlyDictionary<string, short> indicators)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        (SheetRows? Rows, string? Problem) sheet;
        try
        {
            using var document = SpreadsheetDocument.Open(xlsx.OpenRead(), isEditable: false);
            sheet = ReadSheet(document);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException
                                       or ArgumentException or XmlException or InvalidOperationException)
        {
            // A package that passed XlsxFile's checks can still hold a part that is not XML, XML that is not a
            // workbook's, or a relationship to a part it lacks (System.IO.Packaging's InvalidOperationException): the
            // parts are parsed only here, as they are read, and only the reading is inside this try.
            sheet = (null, "tệp .xlsx bị hỏng: không đọc được nội dung bảng tính");
        }

        return sheet switch
        {
            (_, { } problem) => Failed(new TemplateError(SheetName, null, null, problem)),
            ({ Outcome: SheetOutcome.NoSheetData }, _) => Failed(new TemplateError(SheetName, null, null, "trang tính trống")),
            ({ Outcome: SheetOutcome.TooManyRows }, _) => Failed(new TemplateError(SheetName, null, null, $"quá {VietnameseCount(MaxDataRows)} dòng dữ liệu")),
            ({ } rows, _) => Check(rows.Rows, year, indicators),
            _ => throw new UnreachableException(),
        };
    }

    /// <summary>The template sheet's rows, or what keeps them from being read.</summary>
    private static (SheetRows? Rows, string? Problem) ReadSheet(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart;
        var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), SheetName, StringComparison.OrdinalIgnoreCase));
        if (workbook is null || sheet is null)
        {
            var names = string.Join(", ", sheets.Select(s => $"'{s.Name?.Value}'"));
            return (null, $"không có trang tính '{SheetName}' (tệp có: {(names.Length > 0 ? names : "không có trang nào")})");
        }

        if (sheet.Id?.Value is not { } partId || !workbook.TryGetPartById(partId, out var found) || found is not WorksheetPart part)
        {
            return (null, "tệp .xlsx bị hỏng: trang tính có tên nhưng không có nội dung");
        }

        return (SheetCells.Read(part, SheetCells.SharedStrings(workbook.SharedStringTablePart), MaxDataRows + 1), null);
    }

    private static TemplateReading Check(SortedDictionary<uint, Dictionary<string, CellContent>> rows, int year, IReadOnlyDictionary<string, short> indicators)
    {
        var errors = new List<TemplateError>();
        var header = rows.GetValueOrDefault(1u) ?? [];
        for (var i = 0; i < Headers.Count; i++)
        {
            var column = SheetCells.ColumnLetters(i + 1);
            var found = header.GetValueOrDefault(column).Text?.Trim() ?? "";
            if (!string.Equals(found, Headers[i].Normalize(NormalizationForm.FormC), StringComparison.Ordinal))
            {
                errors.Add(new TemplateError(SheetName, 1, column, $"tiêu đề phải là '{Headers[i]}', tệp ghi '{Shown(found)}'"));
            }
        }

        if (errors.Count > 0)
        {
            // Without the expected columns, the rows below cannot be read meaningfully.
            return new TemplateReading([], errors, 0);
        }

        var values = new List<TemplateValue>();
        var seen = new Dictionary<(short, DateOnly), int>();
        var notReported = 0;
        foreach (var (rowIndex, cells) in rows.Where(r => r.Key > 1))
        {
            var row = (int)rowIndex;
            void Error(string column, string message) => errors.Add(new TemplateError(SheetName, row, column, message));

            if (cells.GetValueOrDefault("D").IsEmpty)
            {
                notReported++;
                continue;
            }

            // Codes are stored in upper case (ReferenceCodes): one typed in lower case still names its indicator.
            var code = cells.GetValueOrDefault("A").Text?.Trim() ?? "";
            short? indicator = null;
            if (code.Length == 0)
            {
                Error("A", "thiếu mã chỉ tiêu");
            }
            else if (indicators.TryGetValue(code.ToUpperInvariant(), out var id))
            {
                indicator = id;
            }
            else
            {
                Error("A", $"mã chỉ tiêu '{Shown(code)}' không có trong danh mục");
            }

            var period = Period(cells.GetValueOrDefault("C"), year, message => Error("C", message));
            var value = Value(cells.GetValueOrDefault("D"), message => Error("D", message));
            if (indicator is not { } indicatorId || period is not { } month || value is not { } amount)
            {
                continue;
            }

            if (seen.TryGetValue((indicatorId, month), out var first))
            {
                Error("A", $"chỉ tiêu {code} kỳ {month:yyyy-MM} trùng với dòng {first}");
                continue;
            }

            seen[(indicatorId, month)] = row;
            values.Add(new TemplateValue(row, code.ToUpperInvariant(), indicatorId, month, amount));
        }

        if (errors.Count == 0 && values.Count == 0)
        {
            errors.Add(new TemplateError(SheetName, null, null, "không có dòng nào có giá trị (cột D) để nạp"));
        }

        return new TemplateReading(errors.Count == 0 ? values : [], errors, notReported);
    }

    private static DateOnly? Period(CellContent cell, int year, Action<string> error)
    {
        var text = cell.Text?.Trim() ?? "";
        DateOnly month;
        if (cell.IsEmpty)
        {
            error("thiếu kỳ báo cáo (YYYY-MM)");
            return null;
        }

        if (cell.Kind == CellKind.Text && text.Length == 7
            && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            month = parsed;
        }
        else if (cell.Kind == CellKind.Number && FirstOfMonthSerial(text) is { } serial)
        {
            // Excel turns a typed "2024-03" into the date 01/03/2024 unless the cell is text: accept that date.
            month = serial;
        }
        else
        {
            error($"'{Shown(text)}' không phải là kỳ báo cáo dạng YYYY-MM");
            return null;
        }

        if (month.Year != year)
        {
            error($"kỳ {month:yyyy-MM} nằm ngoài năm báo cáo {year}");
            return null;
        }

        return month;
    }

    private static DateOnly? FirstOfMonthSerial(string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || serial < 1 || serial > 2_958_465 || serial % 1 != 0)
        {
            return null;
        }

        var date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return date.Day == 1 ? date : null;
    }

    private static decimal? Value(CellContent cell, Action<string> error)
    {
        var text = cell.Text.Trim();
        if (cell.Kind == CellKind.Number
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        // A number typed into a text cell: digits with at most one decimal mark, "." or "," (92,5 and 92.5).
        if (cell.Kind == CellKind.Text && IsPlainDecimal(text)
            && decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var typed))
        {
            return typed;
        }

        error($"'{Shown(text)}' không phải là số");
        return null;
    }

    private static bool IsPlainDecimal(string text)
    {
        var digits = text.StartsWith('-') ? text[1..] : text;
        var marks = digits.Count(c => c is '.' or ',');
        return digits.Length > 0 && marks <= 1 && digits.All(c => char.IsAsciiDigit(c) || c is '.' or ',')
            && char.IsAsciiDigit(digits[0]) && char.IsAsciiDigit(digits[^1]);
    }

    private static string Shown(string text) => text.Length <= 40 ? text : new StringBuilder(text, 0, 40, 41).Append('…').ToString();

    private static string VietnameseCount(int value) => Domain.Formatting.VietnameseFormat.Count(value);

    private static TemplateReading Failed(TemplateError error) => new([], [error], 0);
}
