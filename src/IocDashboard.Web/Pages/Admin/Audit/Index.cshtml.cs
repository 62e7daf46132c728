using System.Globalization;
using IocDashboard.Domain.Periods;
using IocDashboard.Web.Features.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Pages.Admin.Audit;

/// <summary>
/// /admin/audit: what administrators and analysts changed, newest first, filtered by who, what and when (days in
/// Vietnam time). Read only: the page has no form that changes anything, and the table refuses changes anyway.
/// </summary>
internal sealed class IndexModel(AuditTrail trail) : PageModel
{
    public const int Shown = 500;

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public IReadOnlyList<AuditRecord> Records { get; private set; } = [];

    public IReadOnlyList<string> Actions { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var from = Day(From, "Từ ngày");
        var to = Day(To, "Đến ngày");
        Actions = await trail.ActionsAsync(ct);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Records = await trail.ListAsync(
            new AuditFilter(
                string.IsNullOrWhiteSpace(Actor) ? null : Actor.Trim(),
                string.IsNullOrWhiteSpace(Action) ? null : Action.Trim(),
                from is { } f ? ReportingPeriod.StartOfDay(f) : null,
                to is { } t ? ReportingPeriod.StartOfDay(t.AddDays(1)) : null,
                Shown),
            ct);
    }

    private DateOnly? Day(string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        Errors.Add($"{label}: “{value}” không phải ngày (dạng năm-tháng-ngày, ví dụ 2026-11-30).");
        return null;
    }
}
