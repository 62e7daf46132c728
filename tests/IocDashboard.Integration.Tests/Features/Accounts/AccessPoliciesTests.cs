using System.Security.Claims;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IocDashboard.Integration.Tests.Features.Accounts;

/// <summary>The role policies by name, and what the sign-in cookie answers a refused request.</summary>
public sealed class AccessPoliciesTests
{
    [Fact]
    public async Task The_API_and_the_hubs_get_401_and_403_where_pages_are_sent_to_sign_in_or_to_the_refusal()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_cookie");

        // No endpoint of the API is under a role policy yet: the cookie's answers to one are checked where they are made.
        var cookie = host.Factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        foreach (var (path, expected) in new[] { ("/api/sources", 401), ("/hubs/wall", 401), ("/meeting", 302) })
        {
            Assert.Equal((path, expected), (path, await RedirectStatusAsync(host, cookie, path, cookie.Events.OnRedirectToLogin)));
        }

        foreach (var (path, expected) in new[] { ("/api/sources", 403), ("/hubs/wall/negotiate", 403), ("/reports", 302) })
        {
            Assert.Equal((path, expected), (path, await RedirectStatusAsync(host, cookie, path, cookie.Events.OnRedirectToAccessDenied)));
        }
    }

    [Fact]
    public async Task Each_policy_admits_its_role_and_the_roles_above()
    {
        await using var host = await AdminHost.StartAsync("ioc_accounts_policies");
        var authorization = host.Factory.Services.GetRequiredService<IAuthorizationService>();
        var cases = new (string? Role, bool Leader, bool Analyst, bool Admin)[]
        {
            (Roles.Leader, true, false, false),
            (Roles.Analyst, true, true, false),
            (Roles.Admin, true, true, true),
            (null, false, false, false),
        };

        foreach (var (role, leader, analyst, admin) in cases)
        {
            var claims = new List<Claim> { new(ClaimTypes.Name, "ai.do") };
            if (role is not null)
            {
                claims.Add(new Claim(ClaimTypes.Role, role));
            }

            var user = new ClaimsPrincipal(new ClaimsIdentity(claims, IdentityConstants.ApplicationScheme));
            Assert.Equal((role, leader, analyst, admin), (role,
                (await authorization.AuthorizeAsync(user, AccessPolicies.Leader)).Succeeded,
                (await authorization.AuthorizeAsync(user, AccessPolicies.Analyst)).Succeeded,
                (await authorization.AuthorizeAsync(user, AccessPolicies.Admin)).Succeeded));
        }

        // Not signed in: no policy admits, whatever the claims say.
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)]));
        Assert.False((await authorization.AuthorizeAsync(anonymous, AccessPolicies.Leader)).Succeeded);
    }

    private static async Task<int> RedirectStatusAsync(
        AdminHost host, CookieAuthenticationOptions cookie, string path,
        Func<RedirectContext<CookieAuthenticationOptions>, Task> redirect)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Path = path;
        var scheme = new AuthenticationScheme(IdentityConstants.ApplicationScheme, null, typeof(CookieAuthenticationHandler));
        await redirect(new(context, scheme, cookie, new(), "/account/login?ReturnUrl=" + Uri.EscapeDataString(path)));
        return context.Response.StatusCode;
    }
}
