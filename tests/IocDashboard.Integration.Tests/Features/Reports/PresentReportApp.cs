using IocDashboard.Integration.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IocDashboard.Integration.Tests.Features.Reports;

/// <summary>
/// The app on the history to 30 November 2026 with its clock at that present (so 2026-Q3 is over and 2026-Q4 is not),
/// for the tests of the report endpoints; and the form's columns (3)–(13) as the workload API names them.
/// </summary>
public abstract class PresentReportApp : IDisposable
{
    protected static readonly string[] Columns =
    [
        "toHandle", "receivedOnline", "receivedDirectOrPostal", "carriedOver",
        "resolved", "beforeDeadline", "onDeadline", "late",
        "pending", "withinDeadline", "overdue",
    ];

    protected PresentReportApp(PresentWarehouse warehouse)
    {
        Warehouse = warehouse;
        Factory = new DashboardFactory(
            warehouse.ConnectionString,
            services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(PresentWarehouse.Present)));
        Client = Factory.CreateClient();
    }

    protected PresentWarehouse Warehouse { get; }

    protected DashboardFactory Factory { get; }

    protected HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
