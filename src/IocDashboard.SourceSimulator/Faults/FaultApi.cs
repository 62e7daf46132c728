using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.SourceSimulator.Faults;

/// <summary>
/// /admin/faults: read and switch the fault settings of every source at run time, and list the bogus records a
/// source has served (so a test can compare them with the client's quarantine).
/// </summary>
internal static class FaultApi
{
    public static IEndpointRouteBuilder MapFaultAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/faults").WithTags("Fault injection");
        group.MapGet("/", GetAll);
        group.MapPut("/{sourceId}", Put);
        group.MapDelete("/", ResetAll);
        group.MapGet("/{sourceId}/injected", GetInjected);
        return app;
    }

    public static Ok<IReadOnlyDictionary<string, FaultSettings>> GetAll(FaultRegistry faults) => TypedResults.Ok(faults.All());

    public static Results<Ok<FaultSettings>, ValidationProblem, ProblemHttpResult> Put(string sourceId, FaultSettings settings, FaultRegistry faults)
    {
        if (faults.For(sourceId) is not { } source)
        {
            return NotServed(sourceId);
        }

        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems.ToDictionary(p => p.Key, p => new[] { p.Value }));
        }

        source.Apply(settings);
        return TypedResults.Ok(settings);
    }

    /// <summary>Every source back to no faults, and the lists of served bogus records emptied.</summary>
    public static NoContent ResetAll(FaultRegistry faults)
    {
        faults.ResetAll();
        return TypedResults.NoContent();
    }

    public static Results<Ok<List<InjectedRecord>>, ProblemHttpResult> GetInjected(string sourceId, FaultRegistry faults) =>
        faults.For(sourceId) is { } source
            ? TypedResults.Ok(source.Injected().Select(e => new InjectedRecord(e.Key, e.Value.WireName())).ToList())
            : NotServed(sourceId);

    private static ProblemHttpResult NotServed(string sourceId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown source.",
        detail: $"This simulator does not serve a source '{sourceId}'.");
}

public sealed record InjectedRecord(string Id, string Fault);
