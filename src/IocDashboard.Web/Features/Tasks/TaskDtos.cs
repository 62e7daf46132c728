namespace IocDashboard.Web.Features.Tasks;

public sealed record TaskStatusCounts(int Total, int InProgressOnTime, int InProgressOverdue, int CompletedOnTime, int CompletedLate, int CompletedAwaitingConfirmation);

public sealed record AreaTaskCounts(string Code, string Name, bool IsReformArea, int Total, int InProgressOnTime, int InProgressOverdue, int CompletedOnTime, int CompletedLate, int CompletedAwaitingConfirmation);

public sealed record TaskSummaryResponse(
    DateOnly AsOf, int Total, int InProgressOnTime, int InProgressOverdue, int CompletedOnTime, int CompletedLate,
    int CompletedAwaitingConfirmation, IReadOnlyList<AreaTaskCounts> ByArea);

public sealed record TaskItem(
    string Code, string Title, string Area, string AreaName, string LeadAgency, string LeadAgencyName, DateOnly StartDate,
    DateOnly Deadline, DateOnly? CompletionReportedOn, DateOnly? CompletionConfirmedOn, string Status, string StatusText, int DaysOverdue);

public sealed record TaskListResponse(DateOnly AsOf, int Count, IReadOnlyList<TaskItem> Items);
