using IocDashboard.Domain.Tasks;
using IocDashboard.Reports.Summary;
using static IocDashboard.Reports.Tests.Summary.PeriodReportSamples;

namespace IocDashboard.Reports.Tests.Summary;

/// <summary>The reform tasks of a report: what changed between the two dates, the overdue by lead agency, an agency's own.</summary>
public sealed class TaskReportTests
{
    [Fact]
    public void Changes_are_the_tasks_whose_status_differs_between_the_two_dates()
    {
        var report = TaskReport.Of(Days.To, TasksAtEnd, PreviousEnd, TasksAtPreviousEnd, Areas, _ => true, null);
        Assert.Equal(
            [("NV001", ReformTaskStatus.CompletedAwaitingConfirmation, ReformTaskStatus.CompletedOnTime), ("NV002", ReformTaskStatus.InProgressOnTime, ReformTaskStatus.InProgressOverdue)],
            report.Changes.Select(c => (c.Code, c.From, c.To)));
        Assert.Equal(4, report.AtEnd!.Total);
        Assert.Equal(3, report.AtEnd.InProgressOverdue);
        Assert.Equal(2, report.AtPreviousEnd!.InProgressOverdue);
        Assert.Equal(PreviousEnd, report.AtPreviousEnd.AsOf);
    }

    [Fact]
    public void Overdue_tasks_are_grouped_by_lead_agency_most_tasks_first_most_days_first()
    {
        var report = TaskReport.Of(Days.To, TasksAtEnd, PreviousEnd, TasksAtPreviousEnd, Areas, _ => true, null);
        Assert.Equal(["SNV", "STP"], report.Overdue.Select(g => g.AgencyCode));
        Assert.Equal([("NV004", 76), ("NV002", 12)], report.Overdue[0].Tasks.Select(t => (t.Code, t.DaysOverdue)));
    }

    [Fact]
    public void An_agency_sees_only_the_tasks_it_leads()
    {
        var report = TaskReport.Of(Days.To, TasksAtEnd, PreviousEnd, TasksAtPreviousEnd, Areas, t => t.LeadAgencyCode == "STP", "Sở Tư pháp");
        Assert.Equal(1, report.AtEnd!.Total);
        Assert.Empty(report.Changes);
        Assert.Equal(["STP"], report.Overdue.Select(g => g.AgencyCode));
        Assert.Equal(1, report.AtEnd.ByArea.Single(a => a.Code == "CPS").Total);
    }
}
