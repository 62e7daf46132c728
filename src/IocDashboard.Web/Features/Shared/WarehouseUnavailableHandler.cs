using Microsoft.AspNetCore.Diagnostics;

namespace IocDashboard.Web.Features.Shared;

/// <summary>
/// A request that needed the warehouse while it could not be reached (down, restarting, refusing connections) is
/// answered 503 with Retry-After and problem details, not 500: nothing is wrong with the request or the app, and a
/// caller should come back (<see cref="DatabaseFailures"/> tells the two apart). Any other exception stays a 500.
/// </summary>
internal sealed class WarehouseUnavailableHandler(IProblemDetailsService problems, ILogger<WarehouseUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFailures.IsUnavailable(exception))
        {
            return false;
        }

        logger.LogWarning("The warehouse could not be reached for {Path}: {Message}", httpContext.Request.Path, exception.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "10";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Kho dữ liệu tạm thời không truy cập được",
                Detail = "The warehouse could not be reached; try again shortly.",
            },
        });
    }
}
