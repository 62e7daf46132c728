using System.Text.Json;
using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Warehouse.Loading;
using Npgsql;

namespace IocDashboard.Ingestion.Tasks;

/// <summary>
/// Reform tasks as the Home Affairs tracker reports them, written by the Warehouse's <see cref="ReformTaskWriter"/>;
/// a task that arrives this way is stamped as delivered by a connector.
/// </summary>
public sealed class TaskFeed : FeedKind<ReformTaskRow>
{
    public override SourceKind Kind => SourceKind.Tasks;

    public override ParsedItem<ReformTaskRow> Parse(JsonElement item, ReferenceCodes codes)
    {
        var read = new ItemReader(item);
        var code = read.IdOrStandIn("code");
        var title = read.Text("title");
        var area = read.Text("areaCode");
        var lead = read.Text("leadAgencyCode");
        var start = read.Date("startDate");
        var deadline = read.Date("deadline");
        var reported = read.Date("completionReportedOn", required: false);
        var confirmed = read.Date("completionConfirmedOn", required: false);
        var updated = read.Instant("updatedAt");
        read.Text("code");
        if (!read.Ok)
        {
            return ParsedItem.Reject<ReformTaskRow>(code, read.Problem!);
        }

        if (!codes.ReformAreas.TryGetValue(area!, out var areaId))
        {
            return ParsedItem.Reject<ReformTaskRow>(code, $"unknown reform area '{area}'");
        }

        if (!codes.Units.TryGetValue(lead!, out var leadId))
        {
            return ParsedItem.Reject<ReformTaskRow>(code, $"unknown unit code '{lead}'");
        }

        var coAgencies = new List<int>();
        foreach (var co in read.TextList("coAgencyCodes"))
        {
            if (!codes.Units.TryGetValue(co, out var coId))
            {
                return ParsedItem.Reject<ReformTaskRow>(code, $"unknown unit code '{co}'");
            }

            coAgencies.Add(coId);
        }

        if (deadline < start || reported < start || (confirmed is not null && (reported is null || confirmed < reported)))
        {
            return ParsedItem.Reject<ReformTaskRow>(code, "impossible dates");
        }

        return ParsedItem.Accept(new ReformTaskRow(code, title!, areaId, leadId, coAgencies, start!.Value, deadline!.Value, reported, confirmed), code, updated!.Value);
    }

    public override Task<MergeOutcome> MergeAsync(
        NpgsqlConnection connection, string sourceId, IReadOnlyList<ReformTaskRow> rows, long batch, CancellationToken cancellationToken) =>
        ReformTaskWriter.UpsertAsync(connection, rows, RowOrigin.Connector, batch, cancellationToken);
}
