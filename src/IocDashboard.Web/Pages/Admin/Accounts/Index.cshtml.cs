using System.ComponentModel.DataAnnotations;
using IocDashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IocDashboard.Web.Pages.Admin.Accounts;

/// <summary>
/// /admin/accounts: the accounts with their role, lockout and authenticator; create one, change its role, disable or
/// enable it, reset its password. A one-time password is shown once, in the answer to the POST that made it (never
/// kept, not even in TempData); the other actions redirect back with a notice. Admins only, on top of the admin area's
/// own policy.
/// </summary>
public sealed class IndexModel(AccountAdministration accounts) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
    [StringLength(256, ErrorMessage = "Tên đăng nhập dài quá 256 ký tự.")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [StringLength(200, ErrorMessage = "Họ và tên dài quá 200 ký tự.")]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string Role { get; set; } = Roles.Leader;

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    /// <summary>The answer to a create or a reset, with its one-time password when it succeeded.</summary>
    public AccountChange? Outcome { get; private set; }

    public string? OutcomeUserName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await accounts.ListAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            Outcome = await accounts.CreateAsync(AuditActor.From(HttpContext), UserName, DisplayName ?? "", Role, ct);
            OutcomeUserName = UserName.Trim();
            if (Outcome.Succeeded)
            {
                ModelState.Clear();
                (UserName, DisplayName, Role) = ("", null, Roles.Leader);
            }
        }

        return await ShowSecretAsync(ct);
    }

    public async Task<IActionResult> OnPostResetAsync(string id, CancellationToken ct)
    {
        Outcome = await accounts.ResetPasswordAsync(AuditActor.From(HttpContext), id, ct);
        OutcomeUserName = (await accounts.ListAsync(ct)).FirstOrDefault(a => a.Id == id)?.UserName;
        ModelState.Clear();
        return await ShowSecretAsync(ct);
    }

    public Task<IActionResult> OnPostRoleAsync(string id, string role, CancellationToken ct) =>
        ActAsync(accounts.ChangeRoleAsync(AuditActor.From(HttpContext), id, role, ct));

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) =>
        ActAsync(accounts.SetDisabledAsync(AuditActor.From(HttpContext), id, true, ct));

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) =>
        ActAsync(accounts.SetDisabledAsync(AuditActor.From(HttpContext), id, false, ct));

    private async Task<IActionResult> ActAsync(Task<AccountChange> change)
    {
        Notice = (await change).Message;
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowSecretAsync(CancellationToken ct)
    {
        // The page may carry a one-time password: no browser or proxy keeps a copy.
        Response.Headers.CacheControl = "no-store";
        Accounts = await accounts.ListAsync(ct);
        return Page();
    }
}
