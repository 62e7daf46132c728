using IocDashboard.SourceSimulator.Faults;
using IocDashboard.SourceSimulator.Feeds;
using IocDashboard.SourceSimulator.Live;
using IocDashboard.SourceSimulator.Sources;
using Microsoft.Extensions.Options;

namespace IocDashboard.SourceSimulator.Hosting;

internal static class HostingExtensions
{
    public const string DefaultUrl = "http://127.0.0.1:5090";

    /// <summary>Options, clock, source catalogue, problem details and JSON settings.</summary>
    public static WebApplicationBuilder AddSimulatorHosting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SimulatorOptions>().BindConfiguration(SimulatorOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SimulatorOptions>, SimulatorOptionsValidator>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SimulatedClock>();
        builder.Services.AddSingleton<SourceCatalog>();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = FeedJson.Encoder);

        // Loopback by default: like the app, the simulator is reached through the host, not exposed directly.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }

    /// <summary>The background load of the seed history and the place it is published.</summary>
    public static WebApplicationBuilder AddSimulatorData(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SimulatorData>();
        builder.Services.AddHostedService<SimulatorLoader>();
        return builder;
    }

    public static WebApplicationBuilder AddFaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FaultRegistry>();
        return builder;
    }

    /// <summary>Problem details for every error, then the API key, then the readiness gate.</summary>
    public static WebApplication UseSimulatorPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseMiddleware<ReadinessMiddleware>();
        return app;
    }
}
