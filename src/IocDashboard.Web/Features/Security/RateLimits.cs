using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Security;

/// <summary>
/// The framework's rate limiter in front of sign-in (per remote address) and the API (per caller): fixed windows of a
/// minute (<see cref="RateLimitOptions"/>). A refused request gets 429 problem details with Retry-After.
/// </summary>
internal static class RateLimits
{
    public const string SignInPath = "/account/login";

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await Results.Problem(
                    title: "Quá nhiều yêu cầu",
                    detail: "Bạn đã gửi quá nhiều yêu cầu trong một phút; hãy thử lại sau ít phút.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "?";
                if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetFixedWindowLimiter("sign-in:" + address, _ => Window(options.SignInPerMinute));
                }

                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    var caller = context.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name : "address:" + address;
                    return RateLimitPartition.GetFixedWindowLimiter("api:" + caller, _ => Window(options.ApiPerMinute));
                }

                return RateLimitPartition.GetNoLimiter("none");
            });
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };
}
