using IocDashboard.SourceSimulator.Faults;
using IocDashboard.SourceSimulator.Hosting;
using Microsoft.Extensions.Options;

namespace IocDashboard.SourceSimulator.Feeds;

/// <summary>GET /{sourceId}/changes: the change feed every source kind shares.</summary>
internal static class FeedApi
{
    public static IEndpointRouteBuilder MapChangeFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{sourceId}/changes", GetChanges).WithTags("Change feeds");
        return app;
    }

    public static async Task<IResult> GetChanges(
        string sourceId, string? updatedSince, string? cursor, string? pageSize,
        HttpContext context, SimulatorData data, FaultRegistry faults, IOptions<SimulatorOptions> options)
    {
        if (data.Feed(sourceId) is not { } feed)
        {
            return SourceProblems.NotServed(sourceId);
        }

        if (FeedQuery.Parse(feed.Source.Id, updatedSince, cursor, pageSize, out var errors) is not { } query)
        {
            return TypedResults.ValidationProblem(errors, detail: "Invalid query parameter(s): " + string.Join(", ", errors.Keys));
        }

        var sourceFaults = faults.For(feed.Source.Id);
        var decided = sourceFaults?.Decide() ?? RequestFaults.None;
        if (await FaultGate.BeforeAsync(context, decided, options.Value.TimeoutHold) is { } failure)
        {
            return failure;
        }

        return new FeedPageResult(feed, query, decided, sourceFaults);
    }

    /// <summary>Reads the page only when the answer is written, after any injected delay.</summary>
    private sealed class FeedPageResult(IChangeFeed feed, FeedQuery query, RequestFaults faults, SourceFaults? log) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) =>
            feed.WriteChangesAsync(httpContext, query.After, query.PageSize, faults, log);
    }
}
