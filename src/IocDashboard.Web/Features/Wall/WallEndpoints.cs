using IocDashboard.Web.Features.Tokens;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Web.Features.Wall;

internal static class WallEndpoints
{
    public const string PagePath = "/wall";
    public const string HubPath = "/hubs/wall";

    public static IServiceCollection AddWall(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WallOptions>().Bind(configuration.GetSection(WallOptions.Section)).ValidateOnStart();
        services.AddSignalR();
        services.AddSingleton<WallPanels>();
        services.AddSingleton<WallBroadcaster>();
        services.AddSingleton<WallKioskGate>();
        services.AddHostedService<ChangeListener>();
        // Where a kiosk token may come in the query: the link (then the cookie), and the hub, where SignalR clients
        // that cannot send the cookie or a header (browsers' WebSockets to another host) put it in access_token.
        services.Configure<KioskTokenOptions>(TokenClaims.KioskScheme, kiosk =>
        {
            kiosk.QueryParameters[PagePath] = KioskLink.TokenParameter;
            kiosk.QueryParameters[HubPath] = "access_token";
        });
        return services;
    }

    /// <summary>The hub at /hubs/wall and the page at /wall (wwwroot/wall/index.html), which also opens kiosk links.</summary>
    public static WebApplication MapWall(this WebApplication app)
    {
        app.MapHub<WallHub>(HubPath).RequireAuthorization(AccessPolicies.Wall);
        app.MapPaletteStylesheet();
        app.MapGet(PagePath, (HttpContext context, IWebHostEnvironment env) =>
            context.Request.Query.ContainsKey(KioskLink.TokenParameter) ? KioskLink.OpenAsync(context) : Task.FromResult(Page(env)))
            .RequireAuthorization(AccessPolicies.Wall)
            .ExcludeFromDescription();
        return app;
    }

    // Through the web root's file provider: in a build output (Development) wwwroot is mapped from the
    // project by the static web assets manifest; in a published app it is the folder beside the binaries.
    private static IResult Page(IWebHostEnvironment env) =>
        env.WebRootFileProvider.GetFileInfo("wall/index.html") is { Exists: true } page
            ? TypedResults.Stream(page.CreateReadStream(), "text/html; charset=utf-8")
            : TypedResults.NotFound();
}
