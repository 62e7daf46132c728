using System.Text.Json;
using IocDashboard.SourceSimulator.Feeds;

namespace IocDashboard.SourceSimulator.Faults;

/// <summary>A JSON answer outside the change feeds that truncated / malformed faults can still break.</summary>
internal sealed class JsonBodyResult(object value, BodyFault fault, Random random) : IResult
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = FeedJson.Encoder };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var body = BodyFaults.Corrupt(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options), fault, random);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = FeedJson.ContentType;
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
