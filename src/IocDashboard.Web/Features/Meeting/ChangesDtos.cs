using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Web.Features.Meeting;

/// <summary>A reform task in progress past its deadline at <c>until</c> that was not overdue at <c>since</c>.</summary>
public sealed record TaskNewlyOverdueItem(string Code, string Title, string LeadAgency, string LeadAgencyName, DateOnly Deadline, int DaysOverdue);

/// <summary>A reform task whose completion was reported after <c>since</c>, by <c>until</c>; its status at <c>until</c>.</summary>
public sealed record TaskCompletedItem(
    string Code, string Title, string LeadAgency, string LeadAgencyName, DateOnly Deadline, DateOnly? CompletionReportedOn, string Status, string StatusText);

/// <summary>An indicator whose standing against its target differs between <c>since</c> and <c>until</c>.</summary>
public sealed record IndicatorChangedItem(
    string Code, string Name, string From, string FromText, string To, string ToText,
    decimal? Value, string ValueText, string? ValuePeriod, decimal? Target, string TargetText);

/// <summary>A unit whose on-time rate fell below the threshold: over [since, until] against the as long period before.</summary>
public sealed record UnitBelowThresholdItem(
    string Code, string Name, string Kind, double Rate, string RateText, long Resolved, double RateBefore, string RateBeforeText, long ResolvedBefore);

public sealed record ChangesResponse(
    DateOnly Since,
    DateOnly Until,
    double Threshold,
    string ThresholdText,
    DateOnly BeforeFrom,
    DateOnly BeforeTo,
    IReadOnlyList<TaskNewlyOverdueItem> TasksNewlyOverdue,
    IReadOnlyList<TaskCompletedItem> TasksCompleted,
    IReadOnlyList<IndicatorChangedItem> IndicatorsChanged,
    IReadOnlyList<UnitBelowThresholdItem> UnitsBelowThreshold,
    IReadOnlyList<PetitionItem> NewPetitions);
