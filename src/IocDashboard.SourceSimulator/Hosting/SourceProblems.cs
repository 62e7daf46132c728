namespace IocDashboard.SourceSimulator.Hosting;

/// <summary>The RFC 7807 answers shared by several endpoints.</summary>
internal static class SourceProblems
{
    public static IResult NotServed(string sourceId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown source.",
        detail: $"This simulator does not serve a source '{sourceId}'; GET /api/sources lists those it does.");

    public static IResult InjectedError(int status) => TypedResults.Problem(
        statusCode: status,
        title: status == StatusCodes.Status503ServiceUnavailable ? "Service unavailable." : "Internal server error.",
        detail: "Injected fault: the source system failed this request. A retry may succeed.");
}
