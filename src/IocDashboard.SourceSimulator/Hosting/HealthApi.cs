namespace IocDashboard.SourceSimulator.Hosting;

/// <summary>GET /health (no API key): 200 {"status":"ready"} once the history is loaded, 503 before or on failure.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth).WithTags("Health");
        return app;
    }

    public static IResult GetHealth(SimulatorData data)
    {
        if (data.IsReady)
        {
            return TypedResults.Ok(new HealthStatus("ready", null));
        }

        return TypedResults.Json(
            new HealthStatus(data.Error is null ? "loading" : "failed", data.Error),
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

public sealed record HealthStatus(string Status, [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Error);
