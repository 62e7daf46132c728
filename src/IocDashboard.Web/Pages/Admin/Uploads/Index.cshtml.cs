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

    /// <summary>A file with the wrong year has an error on every row: the first ones are enough to see why.</summary>
    public int ErrorsShown => 200;

    public void OnGet() => Year = clock.Today().Year;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Workbook is not { Length: > 0 } file)
        {
            ModelState.AddModelError(nameof(Workbook), "Hãy chọn tệp Excel (.xlsx) để tải lên.");
        }
        else if (file.Length > IndicatorUpload.MaxBytes)
        {
            ModelState.AddModelError(nameof(Workbook), $"Tệp lớn hơn {IndicatorUpload.MaxBytes / (1024 * 1024)} MB.");
        }

        if (!ModelState.IsValid || Workbook is null)
        {
            return Page();
        }

        FileName = CleanName(Workbook.FileName);
        using var content = new MemoryStream((int)Workbook.Length);
        await Workbook.CopyToAsync(content, ct);
        content.Position = 0;
        Result = await upload.LoadAsync(FileName, Year, content, AdminConsole.Operator(HttpContext), ct);
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
