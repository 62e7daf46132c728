using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Reports;
using IocDashboard.Reports.Archive;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Admin;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Tokens;
using IocDashboard.Web.Features.Dossiers;
using IocDashboard.Web.Features.Reports;
using IocDashboard.Web.Features.Reports.Archive;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Pages.Reports;

/// <summary>
/// /reports: the archive of reports, newest first, with downloads; and, for Analysts and Admins, a form
/// that archives a new version of any period's report of any unit. The POST redirects back (POST-redirect-GET); bad
/// input shows the page again with the reasons in Vietnamese and HTTP 400.
/// </summary>
internal sealed class IndexModel(
    ReportArchiveStore store, ReportArchive archive, OrgUnitQueries units, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    /// <summary>How many years of periods the form offers (the warehouse's history is shorter).</summary>
    private const int YearsOffered = 7;

    /// <summary>The parts of a year's period keys: the quarters, the halves, nine months, the year.</summary>
    private static readonly string[] KeyParts = ["-Q1", "-Q2", "-Q3", "-Q4", "-H1", "-H2", "-9M", ""];

    [BindProperty]
    public string? Period { get; set; }

    [BindProperty]
    public string? Unit { get; set; } = DossierScopeParser.ProvinceCode;

    [BindProperty]
    public string? Cutoff { get; set; } = "official";

    [BindProperty]
    public List<string> Formats { get; set; } = ["xlsx", "pdf"];

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<ArchivedReport> Archive { get; private set; } = [];

    public IReadOnlyList<ReportTerm> Periods { get; private set; } = [];

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public bool CanGenerate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Period ??= Periods.Count > 0 ? Periods[0].Key : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await MayGenerateAsync())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var errors = new QueryErrors();
        var formats = ReportArchiveApi.ParseFormats(errors, Formats);
        var request = await ReportRequest.ParseAsync(errors, units, clock, Period ?? "", Unit, Cutoff, ct);
        if (request is null || errors.Any)
        {
            Errors = await VietnameseAsync(errors, ct);
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var made = new List<string>();
        var failed = new List<string>();
        foreach (var format in formats)
        {
            try
            {
                var report = await archive.ArchiveAsync(request, format, AdminConsole.Operator(HttpContext), ct);
                made.Add($"{report.FileName} (phiên bản {report.Version})");
            }
            catch (ChromiumUnavailableException)
            {
                failed.Add("Chưa lưu được bản PDF: máy chủ thiếu trình duyệt Chromium (Reports:ChromiumPath).");
            }
        }

        Notice = string.Join(" ", made.Count > 0 ? [$"Đã lập và lưu trữ: {string.Join(", ", made)}.", .. failed] : failed);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanGenerate = await MayGenerateAsync();
        Archive = await store.ListAsync(ct);
        var now = clock.GetUtcNow();
        var year = ReportingPeriod.LocalDay(now).Year;
        Periods = Enumerable.Range(year - YearsOffered + 1, YearsOffered)
            .SelectMany(y => KeyParts.Select(part => ReportTerm.Parse($"{y}{part}")))
            .Where(t => t.Days(CutOff.Official).End <= now)
            .OrderByDescending(t => t.Days(CutOff.Official).End)
            .ThenBy(t => t.LastMonth - t.FirstMonth)
            .ToList();
        Units = (await units.AllAsync(ct))
            .OrderBy(u => Enum.TryParse<OrgUnitKind>(u.Kind, ignoreCase: true, out var kind) ? (int)kind : int.MaxValue)
            .ThenBy(u => u.ValidTo is null ? 0 : 1)
            .ThenBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))
            .ToList();
    }

    /// <summary>The form is offered to whoever may post it: an Analyst or Admin signed in (a token only reads).</summary>
    private async Task<bool> MayGenerateAsync() =>
        !TokenClaims.IsReadOnly(User) && (await authorization.AuthorizeAsync(User, HttpContext, AccessPolicies.Analyst)).Succeeded;

    /// <summary>Says in Vietnamese what <see cref="ReportRequest.ParseAsync"/> refused (it decides; this only explains).</summary>
    private async Task<IReadOnlyList<string>> VietnameseAsync(QueryErrors errors, CancellationToken ct)
    {
        var cutOff = string.Equals(Cutoff?.Trim(), "calendar", StringComparison.OrdinalIgnoreCase) ? CutOff.Calendar : CutOff.Official;
        var term = ReportTerm.TryParse(Period, out var parsed, out _) ? parsed : null;
        var messages = new List<string>();
        foreach (var parameter in errors.Parameters)
        {
            messages.Add(parameter switch
            {
                "period" when term is not null =>
                    $"{term.Label(cutOff)} chưa kết thúc: chỉ lập được báo cáo từ ngày {VietnameseDate(term.Days(cutOff).To.AddDays(1))}.",
                "period" => $"“{Period}” không phải kỳ báo cáo: dùng dạng 2026-Q3 (quý), 2026-H1 hoặc 2026-H2 (6 tháng), 2026-9M (9 tháng) hoặc 2026 (năm).",
                "unit" => await UnitMessageAsync(term, cutOff, ct),
                "cutoff" => "Mốc số liệu phải là “chính thức” (từ ngày 15 tháng trước đến ngày 14) hoặc “theo tháng”.",
                "formats" => "Định dạng phải là Excel (xlsx) hoặc PDF.",
                _ => $"Giá trị “{parameter}” không hợp lệ.",
            });
        }

        return messages;
    }

    private async Task<string> UnitMessageAsync(ReportTerm? term, CutOff cutOff, CancellationToken ct)
    {
        var code = string.IsNullOrWhiteSpace(Unit) ? DossierScopeParser.ProvinceCode : Unit.Trim();
        if (await units.FindAsync(code, ct) is not { } unit)
        {
            return $"Không có đơn vị mã “{code}”.";
        }

        var existed = unit.ValidTo is { } end
            ? $"từ ngày {VietnameseDate(unit.ValidFrom)} đến ngày {VietnameseDate(end.AddDays(-1))}"
            : $"từ ngày {VietnameseDate(unit.ValidFrom)}";
        return $"{unit.Name} ({unit.Code}) không tồn tại trong {term?.Label(cutOff) ?? "kỳ báo cáo đã chọn"}: đơn vị tồn tại {existed}.";
    }

    private static string VietnameseDate(DateOnly day) => IocDashboard.Domain.Formatting.VietnameseFormat.Date(day);
}
