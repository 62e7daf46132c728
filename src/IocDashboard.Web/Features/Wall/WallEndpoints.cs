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
        app.UseStaticFiles();
        app.MapHub<WallHub>("/hubs/wall");
        app.MapGet("/wall", (IWebHostEnvironment env) =>
            TypedResults.PhysicalFile(Path.Combine(env.WebRootPath, "wall", "index.html"), "text/html; charset=utf-8"))
            .ExcludeFromDescription();
        return app;
    }
}
