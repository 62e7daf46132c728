using IocDashboard.Domain.Formatting;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using IocDashboard.Web.Features.Accounts;

namespace IocDashboard.Web.Features.Feedback;

public sealed record FeedbackSummaryResponse(
    DateOnly From, DateOnly To, long Received, long Forwarded, long Answered, long AnsweredOnline,
    double? ResolutionRate, string ResolutionRateText, IReadOnlyDictionary<string, long> ByChannel);

/// <summary>GET /api/feedback/summary: citizens' petitions (PAKN) received in a period.</summary>
internal static class FeedbackApi
{
    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/feedback").WithTags("Feedback").RequireAuthorization(AccessPolicies.Leader).MapGet("/summary", GetSummary);
        return app;
    }

    public static async Task<Results<Ok<FeedbackSummaryResponse>, ValidationProblem>> GetSummary(
        string? from, string? to, FeedbackQueries feedback, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        if (errors.Period(from, to) is not { } period)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await SummaryAsync(feedback, period, cancellationToken));
    }

    public static async Task<FeedbackSummaryResponse> SummaryAsync(FeedbackQueries feedback, Domain.Periods.ReportingPeriod period, CancellationToken cancellationToken)
    {
        var m = await feedback.SummaryAsync(period, cancellationToken);
        return new FeedbackSummaryResponse(period.From, period.To, m.Received, m.Forwarded, m.Answered, m.AnsweredOnline,
            VietnameseFormat.Fraction(m.ResolutionRate), VietnameseFormat.Percent(m.ResolutionRate), m.ByChannel);
    }
}
