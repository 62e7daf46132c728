using IocDashboard.Web.Features.Meeting.Print;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Web.Features.Meeting;

/// <summary>
/// The APIs behind the weekly leadership meeting: its periods, what changed since the last one, who is behind, and the
/// page's current view printed (HTML and PDF).
/// </summary>
internal static class MeetingEndpoints
{
    public static IServiceCollection AddMeeting(this IServiceCollection services)
    {
        services.AddOptions<MeetingOptions>().BindConfiguration(MeetingOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Per request: they read through the request's DbContext.
        services.AddScoped<ChangesReader>();
        services.AddScoped<AccountabilityReader>();
        services.AddScoped<MeetingPrintSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapMeetingApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/changes").WithTags("Meeting").RequireAuthorization(AccessPolicies.Leader).MapGet("/", ChangesApi.Get);
        app.MapGroup("/api/accountability").WithTags("Meeting").RequireAuthorization(AccessPolicies.Leader).MapGet("/", AccountabilityApi.Get);
        app.MapGroup("/api/meeting").WithTags("Meeting").RequireAuthorization(AccessPolicies.Leader).MapGet("/period", MeetingPeriodApi.Get);
        app.MapGet("/api/meeting.pdf", MeetingPrintApi.GetPdf).WithTags("Meeting").RequireAuthorization(AccessPolicies.Leader);
        app.MapGet("/meeting/print", MeetingPrintApi.GetPrintView).WithTags("Meeting").RequireAuthorization(AccessPolicies.Leader);
        return app;
    }
}
