using System.ComponentModel.DataAnnotations;
using IocDashboard.Web.Features.Admin;
using IocDashboard.Web.Features.Admin.Uploads;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Pages.Admin.Uploads;

/// <summary>/admin/uploads: the monthly indicator template, checked cell by cell and loaded whole or not at all.</summary>
[RequestSizeLimit(IndicatorUpload.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = IndicatorUpload.MaxBytes + 64 * 1024)]
public sealed class IndexModel(IndicatorUpload upload, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Range(2000, 2100, ErrorMessage = "Năm báo cáo phải từ 2000 đến 2100.")]
    public int Year { get; set; }

    [BindProperty]
    public IFormFile? Workbook { get; set; }

    public string? FileName { get; private set; }

    public UploadResult? Result { get; private set; }

    /// <summary>
    /// The largest file taken, in MB, shown by the file field: a larger body is refused by the server before the page
    /// runs (400 or 413, without this page), so the limit is said up front.
    /// </summary>
    public static long MaxMegabytes => IndicatorUpload.MaxBytes / (1024 * 1024);

    /// <summary>A file with the wrong year has an error on every row: the first ones are enough to see why.</summary>
    public int ErrorsShown => 200;

    public void OnGet() => Year = clock.Today().Year;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Workbook is null)
        {
            ModelState.AddModelError(nameof(Workbook), "Hãy chọn tệp Excel (.xlsx) để tải lên.");
        }
        else if (Workbook.Length == 0)
        {
            ModelState.AddModelError(nameof(Workbook), "Tệp trống (0 byte): hãy chọn tệp Excel (.xlsx) có dữ liệu.");
        }
        else if (Workbook.Length > IndicatorUpload.MaxBytes)
        {
            ModelState.AddModelError(nameof(Workbook), $"Tệp lớn hơn {MaxMegabytes} MB.");
        }

        if (!ModelState.IsValid || Workbook is null)
        {
            return Page();
        }

        FileName = CleanName(Workbook.FileName);
        var content = new byte[Workbook.Length];
        await using (var stream = Workbook.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, ct);
        }

        if (!XlsxFile.TryCheck(content, out var xlsx, out var refusal))
        {
            ModelState.AddModelError(nameof(Workbook), refusal);
            return Page();
        }

        Result = await upload.LoadAsync(FileName, Year, xlsx, AdminConsole.Operator(HttpContext), ct);
        return Page();
    }

    /// <summary>The name as the browser sent it, without any path, for the batch's source code.</summary>
    private static string CleanName(string name)
    {
        var clean = Path.GetFileName(name.Replace('\\', '/')).Trim();
        return clean.Length switch
        {
            0 => "tệp không tên.xlsx",
            > 200 => clean[..200],
            _ => clean,
        };
    }
}
