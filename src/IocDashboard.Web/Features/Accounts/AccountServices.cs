using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// Accounts with ASP.NET Core Identity: users and roles in schema auth (<see cref="AccountsDbContext"/> on the
/// warehouse's data source), Identity's password hasher, lockout and authenticator (TOTP) provider, the sign-in cookie
/// (<see cref="AccountCookies"/>), the default scheme that tells a person from a token (<see cref="CallerScheme"/>), the
/// policies (<see cref="AccessPolicies"/>), and the pages under /account
/// (Pages/Account) and /admin/accounts.
/// </summary>
public static class AccountServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountsOptions>().BindConfiguration(AccountsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<AccountsDbContext>((sp, options) => options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
        // One key ring for every replica and every restart, in the warehouse: cookies, antiforgery tokens and the
        // protected secrets stay readable wherever and whenever the app runs.
        services.AddDataProtection().SetApplicationName("IocDashboard").PersistKeysToDbContext<AccountsDbContext>();
        services.AddIdentity<Account, IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager<AccountSignInManager>()
            .AddClaimsPrincipalFactory<AccountClaims>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddDefaultTokenProviders();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountsOptions>>((identity, accounts) =>
        {
            identity.Password.RequiredLength = AccountsOptions.PasswordMinimumLength;
            identity.Password.RequireDigit = false;
            identity.Password.RequireLowercase = false;
            identity.Password.RequireUppercase = false;
            identity.Password.RequireNonAlphanumeric = false;
            identity.Password.RequiredUniqueChars = 1;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = accounts.Value.MaxFailedAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.Value.LockoutMinutes);
            identity.User.RequireUniqueEmail = false;
        });
        services.AddAccountCookies();
        services.AddCallerScheme();
        services.AddAuthorizationBuilder().AddAccessPolicies();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<CreateAdminCommand>();
        return services;
    }

    /// <summary>
    /// Who is signed in, held at the password change while the password is a one-time one, then the policies. After
    /// routing (the endpoint is known) and the static files (which need no account).
    /// </summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<PasswordChangeGate>();
        app.UseAuthorization();
        return app;
    }
}
