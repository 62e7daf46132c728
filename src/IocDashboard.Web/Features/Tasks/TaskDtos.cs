namespace IocDashboard.Web.Features.Tasks;

public sealed record TaskItem(
    string Code, string Title, string Area, string AreaName, string LeadAgency, string LeadAgencyName, DateOnly StartDate,
    DateOnly Deadline, DateOnly? CompletionReportedOn, DateOnly? CompletionConfirmedOn, string Status, string StatusText, int DaysOverdue);

public sealed record TaskListResponse(DateOnly AsOf, int Count, IReadOnlyList<TaskItem> Items);
