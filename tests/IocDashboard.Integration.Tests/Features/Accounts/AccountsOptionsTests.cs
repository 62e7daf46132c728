using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IocDashboard.Integration.Tests.Features.Accounts;

/// <summary>The Accounts section reaches Identity and the cookie, and a value out of range stops the app at start.</summary>
public sealed class AccountsOptionsTests
{
    [Fact]
    public async Task The_settings_set_the_lockout_the_session_and_the_password_rule()
    {
        await using var database = await TestDatabase.CreateAsync("ioc_accounts_options");
        await using var factory = new DashboardFactory(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Accounts:MaxFailedAttempts"] = "3",
            ["Accounts:LockoutMinutes"] = "40",
            ["Accounts:SessionHours"] = "2",
        });

        var identity = factory.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        var cookie = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal(3, identity.Lockout.MaxFailedAccessAttempts);
        Assert.Equal(TimeSpan.FromMinutes(40), identity.Lockout.DefaultLockoutTimeSpan);
        Assert.True(identity.Lockout.AllowedForNewUsers);
        Assert.Equal(12, identity.Password.RequiredLength);
        Assert.Equal(TimeSpan.FromHours(2), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
        Assert.Equal(("/account/login", "/account/logout", "/account/denied"), (cookie.LoginPath.Value, cookie.LogoutPath.Value, cookie.AccessDeniedPath.Value));
        Assert.Equal(("ioc.auth", true, Microsoft.AspNetCore.Http.SameSiteMode.Lax), (cookie.Cookie.Name, cookie.Cookie.HttpOnly, cookie.Cookie.SameSite));
    }

    [Fact]
    public async Task A_setting_out_of_range_stops_the_app_at_start()
    {
        await using var database = await TestDatabase.CreateAsync("ioc_accounts_options_bad");
        foreach (var (key, value) in new[] { ("Accounts:MaxFailedAttempts", "0"), ("Accounts:LockoutMinutes", "-5"), ("Accounts:SessionHours", "0") })
        {
            await using var factory = new DashboardFactory(database.ConnectionString, new Dictionary<string, string?> { [key] = value });

            var error = Assert.Throws<OptionsValidationException>(() => factory.Services);

            Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
        }
    }
}
