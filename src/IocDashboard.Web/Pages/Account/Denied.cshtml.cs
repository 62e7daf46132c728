using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Pages.Account;

/// <summary>/account/denied: where a signed-in account lands on a page its role does not open.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
