namespace IocDashboard.Web.Features.Meeting;

/// <summary>The APIs behind the weekly leadership meeting: its periods, what changed since the last one, and who is behind.</summary>
internal static class MeetingEndpoints
{
    public static IServiceCollection AddMeeting(this IServiceCollection services)
    {
        services.AddOptions<MeetingOptions>().BindConfiguration(MeetingOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Per request: they read through the request's DbContext.
        services.AddScoped<ChangesReader>();
        services.AddScoped<AccountabilityReader>();
        return services;
    }

    public static IEndpointRouteBuilder MapMeetingApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/changes").WithTags("Meeting").MapGet("/", ChangesApi.Get);
        app.MapGroup("/api/accountability").WithTags("Meeting").MapGet("/", AccountabilityApi.Get);
        app.MapGroup("/api/meeting").WithTags("Meeting").MapGet("/period", MeetingPeriodApi.Get);
        return app;
    }
}
