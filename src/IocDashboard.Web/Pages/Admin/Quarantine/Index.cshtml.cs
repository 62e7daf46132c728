using IocDashboard.Ingestion.State;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Pages.Admin.Quarantine;

/// <summary>/admin/quarantine?source=&amp;reason=&amp;p=: the refused records, newest first, 50 a page.</summary>
public sealed class IndexModel(IngestionStateReader ingestionState) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public QuarantinePage Result { get; private set; } = new([], 0, [], []);

    public long PageCount => Math.Max(1, (Result.Total + QuarantineFilter.PageSize - 1) / QuarantineFilter.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Result = await ingestionState.QuarantineAsync(new QuarantineFilter(Source, Reason, PageNumber), ct);
    }
}
