using IocDashboard.Ingestion.State;
using IocDashboard.Web.Features.Admin.Quarantine;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Pages.Admin.Quarantine;

/// <summary>/admin/quarantine/{id}: one refused record with its raw payload, indented when it is JSON.</summary>
public sealed class DetailModel(IngestionStateReader ingestionState) : PageModel
{
    public QuarantineItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await ingestionState.QuarantinedAsync(id, ct) is not { } record)
        {
            return NotFound();
        }

        Item = QuarantineItem.Of(record);
        return Page();
    }
}
