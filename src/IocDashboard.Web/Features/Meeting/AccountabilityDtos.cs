namespace IocDashboard.Web.Features.Meeting;

public sealed record OverdueTaskItem(string Code, string Title, DateOnly Deadline, int DaysOverdue);

/// <summary>A lead agency and its reform tasks in progress past their deadline, most overdue first.</summary>
public sealed record AgencyOverdueTasks(string Code, string Name, int Count, IReadOnlyList<OverdueTaskItem> Tasks);

/// <summary>An indicator of the year's plan not achieved: its owner agency, target, latest value and the gap (actual − target).</summary>
public sealed record IndicatorNotAchievedItem(
    string Code, string Name, string Unit, string Direction, string? OwnerAgency, string? OwnerAgencyName,
    decimal? Target, string TargetText, decimal? Actual, string ActualText, string? ActualPeriod, decimal? Gap, string GapText);

/// <summary>A unit (ranked as the workload breakdown by unit lists it) with dossiers pending past their deadline.</summary>
public sealed record UnitOverdueDossiers(string Code, string Name, string Kind, long Overdue, string OverdueText);

public sealed record AccountabilityResponse(
    DateOnly AsOf,
    int Year,
    IReadOnlyList<AgencyOverdueTasks> OverdueTasksByLeadAgency,
    IReadOnlyList<IndicatorNotAchievedItem> IndicatorsNotAchieved,
    IReadOnlyList<UnitOverdueDossiers> UnitsWithOverdueDossiers);
