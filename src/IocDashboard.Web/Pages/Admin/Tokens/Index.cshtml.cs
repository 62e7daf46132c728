using IocDashboard.Web.Features.Admin;
using IocDashboard.Web.Features.Tokens;
using IocDashboard.Web.Features.Wall;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Pages.Admin.Tokens;

/// <summary>
/// /admin/tokens: API tokens for other systems and kiosk tokens for wall screens, made and revoked by an administrator.
/// A new token is shown once, in the answer to the POST that made it (never stored, never put in a redirect or a
/// cookie, and the answer is not cached); revoking redirects back (POST-redirect-GET) with a notice.
/// </summary>
internal sealed class IndexModel(TokenIssuer issuer, TokenStore store, IOptions<WallOptions> wall) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<TokenRecord> ApiTokens { get; private set; } = [];

    public IReadOnlyList<TokenRecord> KioskTokens { get; private set; } = [];

    /// <summary>The token just made, shown once.</summary>
    public CreatedToken? Created { get; private set; }

    /// <summary>The kiosk link of <see cref="Created"/> (a kiosk token) on this app's address.</summary>
    public string? CreatedLink { get; private set; }

    public List<string> Errors { get; } = [];

    /// <summary>The screens a kiosk token can be made for, with their titles.</summary>
    public IEnumerable<(string Key, string Title)> Screens => issuer.Screens.Select(s => (s, wall.Value.Screens[s].Title));

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateApiAsync(string? name, string? role, CancellationToken ct) =>
        await ShowAsync(await issuer.CreateApiTokenAsync(name, role, AdminConsole.Operator(HttpContext), RemoteAddress, ct), ct);

    public async Task<IActionResult> OnPostCreateKioskAsync(string? screen, string? name, CancellationToken ct) =>
        await ShowAsync(await issuer.CreateKioskTokenAsync(screen, name, AdminConsole.Operator(HttpContext), RemoteAddress, ct), ct);

    public async Task<IActionResult> OnPostRevokeAsync(TokenKind kind, long id, CancellationToken ct)
    {
        Notice = await issuer.RevokeAsync(kind, id, AdminConsole.Operator(HttpContext), RemoteAddress, ct) is { } revoked
            ? $"Đã thu hồi mã {revoked.PrincipalName} ({revoked.Prefix}…)."
            : "Không có mã đang dùng nào như vậy: có thể mã đã bị thu hồi trước đó.";
        return RedirectToPage();
    }

    private string? RemoteAddress => HttpContext.Connection.RemoteIpAddress?.ToString();

    private async Task<IActionResult> ShowAsync(TokenIssue issue, CancellationToken ct)
    {
        if (issue.Created is { } created)
        {
            Created = created;
            if (created.Token.Screen is { } screen)
            {
                CreatedLink = $"{Request.Scheme}://{Request.Host}{TokenCommands.KioskLink(screen, created.Plaintext)}";
            }

            Response.Headers.CacheControl = "no-store";
        }
        else
        {
            Errors.Add(Reason(issue.Refusal));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        ApiTokens = await store.ListAsync(TokenKind.Api, ct);
        KioskTokens = await store.ListAsync(TokenKind.Kiosk, ct);
    }

    private static string Reason(TokenRefusal refusal) => refusal switch
    {
        TokenRefusal.BadName => "Tên mã chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch dưới và gạch ngang, bắt đầu bằng chữ hoặc số, tối đa 64 ký tự.",
        TokenRefusal.UnknownRole => "Hãy chọn vai trò: Lãnh đạo, Chuyên viên phân tích hoặc Quản trị viên.",
        TokenRefusal.UnknownScreen => "Hãy chọn một màn hình có trong cấu hình Wall:Screens.",
        TokenRefusal.NameTaken => "Đã có một mã đang dùng mang tên này; hãy thu hồi mã đó trước hoặc chọn tên khác.",
        _ => refusal.ToString(),
    };
}
