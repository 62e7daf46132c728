using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace IocDashboard.Ingestion.Scheduling;

/// <summary>
/// Stores the reasons Hangfire writes on state changes ("Triggered by recurring job scheduler", "Retry attempt 1 of 3:
/// …") in Vietnamese, so that the dashboard's state history and retry list read in the operators' language. Only the
/// reason changes: the state names stay what Hangfire and our code compare against. An exception message quoted after a
/// colon stays as it was, so that operators can search logs and the web for it.
/// </summary>
internal sealed partial class VietnameseStateReasons : IElectStateFilter, IApplyStateFilter, IJobFilter
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Exact reasons of Hangfire.Core 1.8.</summary>
    private static readonly Dictionary<string, string> Fixed = new(StringComparer.Ordinal)
    {
        ["Triggered by recurring job scheduler"] = "Đến lịch chạy định kỳ",
        // A run asked for on the console or the dashboard, or the catch-up run at start-up (SourceSchedule).
        ["Triggered using recurring job manager"] = "Chạy ngay, ngoài lịch định kỳ",
        ["Triggered via Dashboard UI"] = "Đưa vào hàng đợi từ trang Tác vụ nền",
        ["Triggered by DelayedJobScheduler"] = "Đến giờ hẹn, đưa vào hàng đợi",
        ["An exception occurred during performance of the job."] = "Tác vụ gặp lỗi khi chạy.",
        ["An exception occurred during processing of a background job."] = "Tác vụ nền gặp lỗi khi xử lý.",
        ["An exception occurred during job activation."] = "Không khởi tạo được tác vụ.",
        ["An exception occurred during arguments deserialization."] = "Không đọc được tham số của tác vụ.",
        ["Exceeded the maximum number of retry attempts."] = "Đã hết số lần thử lại.",
        ["Retries were disabled for this job."] = "Tác vụ này không có thử lại tự động.",
        ["Continuation condition was not met"] = "Không thoả điều kiện để chạy tác vụ nối tiếp",
    };

    // After every other filter (AutomaticRetry's order is 20): it replaces a failure by its retry while electing the
    // state, and then recognises the retry by its English reason when applying it ("Retry attempt …" puts the job on
    // the dashboard's retries list), so the new state's reason may change only after that.
    public int Order => int.MaxValue;

    public bool AllowMultiple => false;

    /// <summary>
    /// Adds the filter to Hangfire's global filters once per process: Hangfire's configuration is static, and each host
    /// built in one process (the integration tests build many) runs the configuration again.
    /// </summary>
    public static IGlobalConfiguration Register(IGlobalConfiguration configuration)
    {
        lock (Gate)
        {
            if (!_registered)
            {
                configuration.UseFilter(new VietnameseStateReasons());
                _registered = true;
            }
        }

        return configuration;
    }

    /// <summary>The states passed through on the way (a failure that became a retry): stored as soon as elected.</summary>
    public void OnStateElection(ElectStateContext context)
    {
        foreach (var state in context.TraversedStates)
        {
            TranslateReason(state);
        }
    }

    /// <summary>The new state: stored after the apply filters ran.</summary>
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction) => TranslateReason(context.NewState);

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }

    /// <summary>The Vietnamese for one of Hangfire's reasons; anything else (our own reasons, null) unchanged.</summary>
    public static string? Translate(string? reason)
    {
        if (reason is null)
        {
            return null;
        }

        if (Fixed.TryGetValue(reason, out var vietnamese))
        {
            return vietnamese;
        }

        if (RetryAttempt().Match(reason) is { Success: true } retry)
        {
            return $"Thử lại lần {retry.Groups["attempt"].Value}/{retry.Groups["attempts"].Value}: {retry.Groups["message"].Value}";
        }

        if (CanceledByFilter().Match(reason) is { Success: true } canceled)
        {
            return $"Bộ lọc '{canceled.Groups["filter"].Value}' đã huỷ tác vụ";
        }

        return reason;
    }

    private static void TranslateReason(IState state)
    {
        // IState.Reason has no setter; each state Hangfire gives its reasons to has one of its own.
        switch (state)
        {
            case EnqueuedState enqueued:
                enqueued.Reason = Translate(enqueued.Reason);
                break;
            case ScheduledState scheduled:
                scheduled.Reason = Translate(scheduled.Reason);
                break;
            case FailedState failed:
                failed.Reason = Translate(failed.Reason);
                break;
            case DeletedState deleted:
                deleted.Reason = Translate(deleted.Reason);
                break;
        }
    }

    [GeneratedRegex(@"^Retry attempt (?<attempt>\d+) of (?<attempts>\d+): (?<message>.*)$", RegexOptions.Singleline)]
    private static partial Regex RetryAttempt();

    [GeneratedRegex(@"^Canceled by filter '(?<filter>.*)'$", RegexOptions.Singleline)]
    private static partial Regex CanceledByFilter();
}
