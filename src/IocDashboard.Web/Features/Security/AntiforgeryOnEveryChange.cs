using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.SignalR;

namespace IocDashboard.Web.Features.Security;

/// <summary>
/// Every request that may change something (any method but GET, HEAD, OPTIONS and TRACE) must carry the antiforgery
/// token — the form field of the pages' forms, or the header (<see cref="HeaderName"/>) for scripts and Hangfire's
/// dashboard — else it gets 400 problem details naming the token, before anything runs. One rule for pages, the API
/// and the dashboard alike, so an endpoint cannot forget it. The hubs are exempt: their POSTs are SignalR's transport
/// (negotiate, long polling) behind the hub's own policy and change nothing.
/// </summary>
internal sealed class AntiforgeryOnEveryChange(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string HeaderName = "RequestVerificationToken";
    public const string FieldName = "__RequestVerificationToken";

    public async Task InvokeAsync(HttpContext context)
    {
        if (Changes(context.Request.Method)
            && context.GetEndpoint() is { } endpoint
            && endpoint.Metadata.GetMetadata<HubMetadata>() is null
            && await RefusalAsync(context) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static bool Changes(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    /// <summary>
    /// Null when the token is there and good; else the answer. A body that cannot be read as a form (malformed, or over
    /// the endpoint's size limits, e.g. an upload over 5 MB) is answered with what is wrong with it, since the token in
    /// it cannot be read either: 413 or 400 problem details, never a 500.
    /// </summary>
    private async Task<IResult?> RefusalAsync(HttpContext context)
    {
        try
        {
            return await antiforgery.IsRequestValidAsync(context)
                ? null
                : Results.ValidationProblem(
                    new Dictionary<string, string[]> { [FieldName] = [$"Missing or invalid: send the form field {FieldName} or the header {HeaderName}."] },
                    detail: "Requests that change something must carry the antiforgery token of a page of this app.",
                    title: "Thiếu hoặc sai mã chống giả mạo yêu cầu");
        }
        catch (Exception ex) when (UnreadableBody(ex) is { } cause)
        {
            var status = cause is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            return Results.Problem(
                detail: cause.Message,
                statusCode: status,
                title: status == StatusCodes.Status413PayloadTooLarge ? "Yêu cầu quá lớn" : "Nội dung gửi lên không đọc được (quá lớn hoặc sai dạng biểu mẫu)");
        }
    }

    /// <summary>Why the body could not be read (the antiforgery service wraps it), or null for any other failure.</summary>
    private static Exception? UnreadableBody(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                return e;
            }
        }

        return null;
    }
}

internal static class AntiforgeryOnEveryChangeExtensions
{
    public static IServiceCollection AddAntiforgeryOnEveryChange(this IServiceCollection services) =>
        services.AddAntiforgery(options => options.HeaderName = AntiforgeryOnEveryChange.HeaderName);

    /// <summary>After authorization: a caller not allowed at all hears 401 or 403 first.</summary>
    public static IApplicationBuilder UseAntiforgeryOnEveryChange(this IApplicationBuilder app) => app.UseMiddleware<AntiforgeryOnEveryChange>();
}
