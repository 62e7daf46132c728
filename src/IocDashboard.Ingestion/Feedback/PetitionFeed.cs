using System.Text.Json;
using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Warehouse.Loading;
using Npgsql;

namespace IocDashboard.Ingestion.Feedback;

/// <summary>Petitions from the citizen-feedback system, written by the Warehouse's <see cref="PetitionWriter"/>.</summary>
public sealed class PetitionFeed : FeedKind<PetitionRow>
{
    private static readonly HashSet<string> Channels = ["nationalPortal", "provincialPortal", "hotline", "zalo"];

    public override SourceKind Kind => SourceKind.Feedback;

    public override ParsedItem<PetitionRow> Parse(JsonElement item, ReferenceCodes codes)
    {
        var read = new ItemReader(item);
        var id = read.IdOrStandIn();
        read.Text("id");
        var received = read.Instant("receivedAt");
        var channel = read.Text("channel");
        var unit = read.Text("unitCode");
        var subject = read.Text("subject");
        var forwarded = read.Instant("forwardedAt", required: false);
        var answered = read.Instant("answeredAt", required: false);
        var updated = read.Instant("updatedAt");
        if (!read.Ok)
        {
            return ParsedItem.Reject<PetitionRow>(id, read.Problem!);
        }

        if (!Channels.Contains(channel!))
        {
            return ParsedItem.Reject<PetitionRow>(id, $"unknown channel '{channel}'");
        }

        if (!codes.Units.TryGetValue(unit!, out var unitId))
        {
            return ParsedItem.Reject<PetitionRow>(id, $"unknown unit code '{unit}'");
        }

        if (answered < received || forwarded < received)
        {
            return ParsedItem.Reject<PetitionRow>(id, "impossible dates: handled before received");
        }

        return ParsedItem.Accept(new PetitionRow(id, received!.Value, channel!, unitId, subject!, forwarded, answered, read.Boolean("answeredOnline")), id, updated!.Value);
    }

    public override Task<MergeOutcome> MergeAsync(
        NpgsqlConnection connection, string sourceId, IReadOnlyList<PetitionRow> rows, long batch, CancellationToken cancellationToken) =>
        PetitionWriter.UpsertAsync(connection, SourceCode(sourceId), rows, batch, cancellationToken);

    /// <summary>Petitions keep the source code the seed used ("PAKN") so both paths give the same natural keys.</summary>
    public static string SourceCode(string sourceId) => sourceId.ToUpperInvariant();
}
