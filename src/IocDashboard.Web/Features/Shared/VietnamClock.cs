using IocDashboard.Domain.Periods;

namespace IocDashboard.Web.Features.Shared;

internal static class VietnamClock
{
    /// <summary>Today in Asia/Ho_Chi_Minh: the default "as of" date of the API.</summary>
    public static DateOnly Today(this TimeProvider clock) => ReportingPeriod.LocalDay(clock.GetUtcNow());
}
