using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.Admin;
using IocDashboard.Web.Features.ApiDocs;
using IocDashboard.Web.Features.Callers;
using IocDashboard.Web.Features.Charts;
using IocDashboard.Web.Features.Dossiers;
using IocDashboard.Web.Features.Feedback;
using IocDashboard.Web.Features.Health;
using IocDashboard.Web.Features.Indicators;
using IocDashboard.Web.Features.Meeting;
using IocDashboard.Web.Features.OrgUnits;
using IocDashboard.Web.Features.Procedures;
using IocDashboard.Web.Features.Reports;
using IocDashboard.Web.Features.Reports.Archive;
using IocDashboard.Web.Features.Security;
using IocDashboard.Web.Features.ServiceIndex;
using IocDashboard.Web.Features.Sources;
using IocDashboard.Web.Features.Tasks;
using IocDashboard.Web.Features.Wall;
using IocDashboard.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddIocDashboard();

var app = builder.Build();
if (await app.RunVerbAsync(args) is { } exitCode)
{
    return exitCode;
}

app.UseSecurityHeaders(); // first: every response carries them, errors included
app.UseProblemResponses();
app.UseStaticFiles();
app.UseAccounts();
// After authentication: the API's limit is per signed-in user or token.
app.UseRateLimiter();
app.UseAntiforgeryOnEveryChange();
app.MapHealth();
app.MapCallerApi();
app.MapDossierApi();
app.MapTaskApi();
app.MapIndicatorApi();
app.MapFeedbackApi();
app.MapProcedureApi();
app.MapServiceIndexApi();
app.MapMeetingApi();
app.MapOrgUnitApi();
app.MapSourceApi();
app.MapChartApi();
app.MapReportApi();
app.MapReportArchive();
app.MapAdminConsole();
app.MapWall();
app.MapApiDocs();

await app.RunAsync();
return 0;

public partial class Program;
