using System.Text.Encodings.Web;
using System.Text.Unicode;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Admin.Jobs;
using IocDashboard.Web.Features.Admin.Uploads;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;

namespace IocDashboard.Web.Features.Admin;

/// <summary>
/// The operators' pages of ingestion under /admin (Razor Pages in Pages/Admin, services here): the job console,
/// Hangfire's dashboard, the quarantine browser and the Excel upload. Who may open which page is said in one place,
/// <see cref="PageAccess"/>; every POST carries an antiforgery token (Features/Security/AntiforgeryOnEveryChange).
/// </summary>
public static class AdminConsole
{
    public const string AreaFolder = "/Admin";

    public static IServiceCollection AddAdminConsole(this IServiceCollection services)
    {
        services.AddRazorPages(pages => PageAccess.Apply(pages.Conventions));

        // Vietnamese text is written as is, not as &#x...; entities (Razor escapes only Basic Latin by default).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddScoped<JobConsole>();
        services.AddScoped<JobControl>();
        // The keys an Admin sets on the console, encrypted in the warehouse, win over the configured ones.
        services.AddSingleton<Sources.ProtectedSourceApiKeys>();
        services.Replace(ServiceDescriptor.Singleton<IocDashboard.Ingestion.Sources.ISourceApiKeys>(sp => sp.GetRequiredService<Sources.ProtectedSourceApiKeys>()));
        services.AddScoped<IndicatorUpload>();
        return services;
    }

    public static WebApplication MapAdminConsole(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHangfireConsole();
        // An Analyst's admin area is the uploads and the quarantine; an Admin's starts at the jobs.
        app.MapGet("/admin", (HttpContext context) => TypedResults.Redirect(context.User.IsInRole(Roles.Admin) ? "/admin/jobs" : "/admin/uploads"))
            .RequireAuthorization(AccessPolicies.Analyst).ExcludeFromDescription();
        return app;
    }

    /// <summary>Who asked, for logs and pause records: the signed-in user (the address only should a request come without one).</summary>
    public static string Operator(HttpContext context) =>
        context.User.Identity?.Name is { Length: > 0 } name ? name : context.Connection.RemoteIpAddress?.ToString() ?? "không rõ";
}
