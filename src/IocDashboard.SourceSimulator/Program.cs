using IocDashboard.Hosting;
using IocDashboard.SourceSimulator.Faults;
using IocDashboard.SourceSimulator.Feeds;
using IocDashboard.SourceSimulator.Feeds.Indicators;
using IocDashboard.SourceSimulator.Hosting;
using IocDashboard.SourceSimulator.Sources;
using IocDashboard.SourceSimulator.Templates;

// The source simulator: the province's external systems (one-stop-shops, task tracker, indicator reports, PAKN)
// on http://127.0.0.1:5090, with live activity on a fast clock and fault injection for the ingestion tests.
var builder = WebApplication.CreateBuilder(args);
builder.AddSimulatorHosting();
builder.AddFileLogging();
builder.AddSimulatorData();
builder.AddFaults();

var app = builder.Build();
app.UseSimulatorPipeline();
app.MapHealth();
app.MapSourcesApi();
app.MapChangeFeeds();
app.MapIndicatorDefinitions();
app.MapIndicatorTemplate();
app.MapFaultAdmin();

await app.RunAsync();

public partial class Program;
