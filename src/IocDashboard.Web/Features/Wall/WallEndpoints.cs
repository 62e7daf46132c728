namespace IocDashboard.Web.Features.Wall;

internal static class WallEndpoints
{
    public static IServiceCollection AddWall(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WallOptions>().Bind(configuration.GetSection(WallOptions.Section)).ValidateOnStart();
        services.AddSignalR();
        services.AddSingleton<WallPanels>();
        services.AddSingleton<WallBroadcaster>();
        services.AddHostedService<ChangeListener>();
        return services;
    }

    /// <summary>The hub at /hubs/wall and the page at /wall (wwwroot/wall/index.html).</summary>
    public static WebApplication MapWall(this WebApplication app)
    {
        app.MapHub<WallHub>("/hubs/wall");
        app.MapPaletteStylesheet();
        // Through the web root's file provider: in a build output (Development) wwwroot is mapped from the
        // project by the static web assets manifest; in a published app it is the folder beside the binaries.
        app.MapGet("/wall", IResult (IWebHostEnvironment env) =>
            env.WebRootFileProvider.GetFileInfo("wall/index.html") is { Exists: true } page
                ? TypedResults.Stream(page.CreateReadStream(), "text/html; charset=utf-8")
                : TypedResults.NotFound())
            .ExcludeFromDescription();
        return app;
    }
}
