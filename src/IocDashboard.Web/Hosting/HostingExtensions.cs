using IocDashboard.Hosting;
using IocDashboard.Ingestion;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Reports;
using IocDashboard.Seeding;
using IocDashboard.Warehouse;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Admin;
using IocDashboard.Web.Features.ApiDocs;
using IocDashboard.Web.Features.Audit;
using IocDashboard.Web.Features.Dossiers;
using IocDashboard.Web.Features.Wall;
using IocDashboard.Web.Features.Health;
using IocDashboard.Web.Features.Meeting;
using IocDashboard.Web.Features.Reports;
using IocDashboard.Web.Features.Security;
using IocDashboard.Web.Features.ServiceIndex;
using IocDashboard.Web.Features.Tokens;

namespace IocDashboard.Web.Hosting;

internal static class HostingExtensions
{
    /// <summary>The services every role of the host needs: warehouse, health, problem details, clock.</summary>
    public static WebApplicationBuilder AddIocDashboard(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Warehouse")
            ?? throw new InvalidOperationException("ConnectionStrings:Warehouse is not configured (env ConnectionStrings__Warehouse).");
        builder.Services.AddSingleton(AppClock.From(builder.Configuration));
        builder.Services.AddWarehouse(connectionString);
        builder.Services.AddReports();
        builder.Services.AddReportPrinting();
        builder.Services.AddReportArchive(IngestionOptions.From(builder.Configuration).Enabled);
        builder.Services.AddIngestion(builder.Configuration, connectionString);
        builder.AddFileLogging();
        builder.Services.AddSeeding();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<Features.Shared.WarehouseUnavailableHandler>();
        builder.Services.AddHealth();
        builder.Services.AddAdminConsole();
        builder.Services.AddAudit();
        builder.Services.AddAccounts();
        builder.Services.AddTokens();
        builder.Services.AddRateLimits();
        builder.Services.AddAntiforgeryOnEveryChange();
        builder.Services.AddWall(builder.Configuration);
        builder.Services.AddDossiers();
        builder.Services.AddServiceIndex();
        builder.Services.AddMeeting();
        builder.Services.AddApiDocs();
        builder.Services.AddSingleton<Features.Home.HomeDirectory>();

        // Loopback by default: an operations-centre host is exposed through its reverse proxy, not directly.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        return builder;
    }

    /// <summary>Every error leaves as RFC 7807 problem details, including unmatched routes and unhandled exceptions.</summary>
    public static WebApplication UseProblemResponses(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
