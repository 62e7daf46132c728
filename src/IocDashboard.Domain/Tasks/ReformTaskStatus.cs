namespace IocDashboard.Domain.Tasks;

/// <summary>The five statuses of a reform task on a date (DOMAIN.md §1). Never typed in: derived.</summary>
public enum ReformTaskStatus
{
    InProgressOnTime,
    InProgressOverdue,
    CompletedOnTime,
    CompletedLate,
    CompletedAwaitingConfirmation,
}

public static class ReformTaskStatusRule
{
    /// <summary>The status of a task on <paramref name="asOf"/> from its deadline and reported dates.</summary>
    public static ReformTaskStatus On(DateOnly asOf, DateOnly deadline, DateOnly? completionReportedOn, DateOnly? completionConfirmedOn)
    {
        if (completionReportedOn is not { } reported || reported > asOf)
        {
            return deadline >= asOf ? ReformTaskStatus.InProgressOnTime : ReformTaskStatus.InProgressOverdue;
        }

        if (completionConfirmedOn is not { } confirmed || confirmed > asOf)
        {
            return ReformTaskStatus.CompletedAwaitingConfirmation;
        }

        return reported <= deadline ? ReformTaskStatus.CompletedOnTime : ReformTaskStatus.CompletedLate;
    }

    /// <summary>API names of the statuses, as used in query strings.</summary>
    public static string ApiName(ReformTaskStatus status) => status switch
    {
        ReformTaskStatus.InProgressOnTime => "inProgressOnTime",
        ReformTaskStatus.InProgressOverdue => "inProgressOverdue",
        ReformTaskStatus.CompletedOnTime => "completedOnTime",
        ReformTaskStatus.CompletedLate => "completedLate",
        ReformTaskStatus.CompletedAwaitingConfirmation => "completedAwaitingConfirmation",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParseApiName(string value, out ReformTaskStatus status)
    {
        foreach (var candidate in Enum.GetValues<ReformTaskStatus>())
        {
            if (string.Equals(ApiName(candidate), value, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>Vietnamese label shown on screens and reports.</summary>
    public static string Label(ReformTaskStatus status) => status switch
    {
        ReformTaskStatus.InProgressOnTime => "Đang thực hiện trong hạn",
        ReformTaskStatus.InProgressOverdue => "Đang thực hiện quá hạn",
        ReformTaskStatus.CompletedOnTime => "Hoàn thành đúng hạn",
        ReformTaskStatus.CompletedLate => "Hoàn thành quá hạn",
        ReformTaskStatus.CompletedAwaitingConfirmation => "Hoàn thành chờ xác nhận",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
