namespace IocDashboard.SourceSimulator.Hosting;

/// <summary>Until the history is loaded every endpoint but /health answers 503 with Retry-After.</summary>
internal sealed class ReadinessMiddleware(RequestDelegate next, SimulatorData data)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (data.IsReady || context.Request.Path.Equals("/health", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "2";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Still loading.",
                Detail = data.Error ?? "The simulator is still building its history; GET /health says when it is ready.",
            },
        });
    }
}
