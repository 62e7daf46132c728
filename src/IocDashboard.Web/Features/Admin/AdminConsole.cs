using System.Text.Encodings.Web;
using System.Text.Unicode;
using IocDashboard.Web.Features.Admin.Authorization;
using IocDashboard.Web.Features.Admin.Jobs;
using IocDashboard.Web.Features.Admin.Uploads;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;

namespace IocDashboard.Web.Features.Admin;

/// <summary>
/// The operators' pages of ingestion under /admin (Razor Pages in Pages/Admin, services here): the job console, the
/// quarantine browser and the Excel upload. Every page and endpoint of the area sits behind the one policy
/// <see cref="IngestionOperatorPolicy.Name"/>; POSTs carry an antiforgery token (Razor Pages validate it).
/// </summary>
public static class AdminConsole
{
    public const string AreaFolder = "/Admin";

    public static IServiceCollection AddAdminConsole(this IServiceCollection services)
    {
        services.AddRazorPages(pages => pages.Conventions.AuthorizeFolder(AreaFolder, IngestionOperatorPolicy.Name));
        services.AddIngestionOperatorPolicy();

        // Vietnamese text is written as is, not as &#x...; entities (Razor escapes only Basic Latin by default).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddScoped<JobConsole>();
        services.AddScoped<JobControl>();
        services.AddScoped<IndicatorUpload>();
        return services;
    }

    public static WebApplication MapAdminConsole(this WebApplication app)
    {
        // Only the area's own stylesheet and script, from wwwroot/admin: the rest of wwwroot is not this feature's to serve.
        var assets = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "admin");
        if (Directory.Exists(assets))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/admin/assets" });
        }

        app.MapRazorPages();
        app.MapGet("/admin", () => TypedResults.Redirect("/admin/jobs")).RequireAuthorization(IngestionOperatorPolicy.Name).ExcludeFromDescription();
        return app;
    }

    /// <summary>Who asked, for logs and pause records: the signed-in user once Step 4 adds sign-in, the address until then.</summary>
    public static string Operator(HttpContext context) =>
        context.User.Identity?.Name is { Length: > 0 } name ? name : context.Connection.RemoteIpAddress?.ToString() ?? "không rõ";
}
