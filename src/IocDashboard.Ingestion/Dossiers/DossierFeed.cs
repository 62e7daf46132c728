using System.Text.Json;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Warehouse.Loading;
using Npgsql;

namespace IocDashboard.Ingestion.Dossiers;

/// <summary>
/// Dossiers from a one-stop-shop system: validated item by item and mapped to warehouse ids; a page of them is
/// written by the Warehouse's <see cref="DossierWriter"/>. A page holds each record once (the caller keeps the
/// latest); the caller's transaction holds the page.
/// </summary>
public sealed class DossierFeed : FeedKind<DossierRow>
{
    private readonly DossierWriter _writer = new();

    public override SourceKind Kind => SourceKind.Dossiers;

    public override ParsedItem<DossierRow> Parse(JsonElement item, ReferenceCodes codes)
    {
        var read = new ItemReader(item);
        var id = read.IdOrStandIn();
        read.Text("id");
        var unitCode = read.Text("unitCode");
        var procedureCode = read.Text("procedureCode");
        var fieldCode = read.Text("fieldCode");
        var levelText = read.Text("level");
        var channelText = read.Text("channel");
        var onlineLevel = read.WholeNumber("onlineLevel");
        var received = read.Instant("receivedAt");
        var due = read.Instant("dueAt");
        var resolved = read.Instant("resolvedAt", required: false);
        var statusText = read.Text("status");
        var updated = read.Instant("updatedAt");
        if (!read.Ok)
        {
            return ParsedItem.Reject<DossierRow>(id, read.Problem!);
        }

        if (!codes.Units.TryGetValue(unitCode!, out var unitId))
        {
            return ParsedItem.Reject<DossierRow>(id, $"unknown unit code '{unitCode}'");
        }

        if (!codes.Procedures.TryGetValue(procedureCode!, out var procedure))
        {
            return ParsedItem.Reject<DossierRow>(id, $"unknown procedure code '{procedureCode}'");
        }

        if (!codes.Fields.TryGetValue(fieldCode!, out var fieldId) || fieldId != procedure.FieldId)
        {
            return ParsedItem.Reject<DossierRow>(id, $"field '{fieldCode}' does not match procedure '{procedureCode}'");
        }

        if (!DossierCodes.TryParseLevel(levelText!, out var level))
        {
            return ParsedItem.Reject<DossierRow>(id, $"unknown level '{levelText}'");
        }

        Channel channel;
        try
        {
            channel = DossierCodes.ParseChannel(channelText!);
        }
        catch (FormatException)
        {
            return ParsedItem.Reject<DossierRow>(id, $"unknown channel '{channelText}'");
        }

        if (onlineLevel is not (0 or 3 or 4) || (channel == Channel.Online) != (onlineLevel != 0))
        {
            return ParsedItem.Reject<DossierRow>(id, $"online level {onlineLevel} does not fit channel '{channelText}'");
        }

        if (resolved < received)
        {
            return ParsedItem.Reject<DossierRow>(id, "impossible dates: resolved before received");
        }

        if (due < received)
        {
            return ParsedItem.Reject<DossierRow>(id, "impossible dates: due before received");
        }

        DossierStatus? status = statusText switch
        {
            "pending" => DossierStatus.Pending,
            "resolved" => DossierStatus.Resolved,
            "withdrawn" => DossierStatus.Withdrawn,
            "returned" => DossierStatus.ReturnedForCompletion,
            _ => null,
        };
        if (status is null)
        {
            return ParsedItem.Reject<DossierRow>(id, $"unknown status '{statusText}'");
        }

        return ParsedItem.Accept(new DossierRow(
            id, unitId, procedure.Id, fieldId, level, channel, (OnlineServiceLevel)onlineLevel.Value,
            received!.Value, due!.Value, resolved, status.Value), id, updated!.Value);
    }

    public override Task<MergeOutcome> MergeAsync(
        NpgsqlConnection connection, string sourceId, IReadOnlyList<DossierRow> rows, long batch, CancellationToken cancellationToken) =>
        _writer.MergeAsync(connection, SourceCode(sourceId), rows, batch, cancellationToken);

    public override Task AfterRunAsync(NpgsqlConnection connection, long inserted, CancellationToken cancellationToken) =>
        DossierWriter.AnalyzeAfterRunAsync(connection, inserted, cancellationToken);

    /// <summary>The natural-key source of a dossier: the system instance it came from ("MOTCUA-705").</summary>
    public static string SourceCode(string sourceId) => sourceId.ToUpperInvariant();
}
