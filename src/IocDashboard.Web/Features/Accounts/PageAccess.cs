using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// Who may open each Razor Page, in one place (the pages themselves carry no attribute): the sign-in pages for anyone,
/// the password change for any signed-in person, the meeting view and the reports for Leader and above, the admin
/// area for Analyst (uploads, the quarantine) and its operations for Admin. A page outside these folders falls to the
/// fallback policy (Admin) until it is named here.
/// </summary>
public static class PageAccess
{
    /// <summary>The admin area's folders that only an Admin may open.</summary>
    public static readonly IReadOnlyList<string> AdminFolders = ["/Admin/Jobs", "/Admin/Accounts", "/Admin/Tokens", "/Admin/Audit"];

    public static void Apply(PageConventionCollection pages)
    {
        pages.AllowAnonymousToPage("/Account/Login");
        pages.AllowAnonymousToPage("/Account/Login2fa");
        pages.AllowAnonymousToPage("/Account/Logout");
        pages.AllowAnonymousToPage("/Account/Denied");
        pages.AuthorizePage("/Account/ChangePassword");
        pages.AuthorizePage("/Account/Authenticator", AccessPolicies.Admin);

        pages.AuthorizePage("/Index", AccessPolicies.Leader);
        pages.AuthorizeFolder("/Meeting", AccessPolicies.Leader);
        pages.AuthorizeFolder("/Reports", AccessPolicies.Leader);

        pages.AuthorizeFolder("/Admin", AccessPolicies.Analyst);
        foreach (var folder in AdminFolders)
        {
            pages.AuthorizeFolder(folder, AccessPolicies.Admin);
        }
    }
}
