using System.Globalization;
using System.Text.Json;
using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Warehouse.Loading;
using Npgsql;

namespace IocDashboard.Ingestion.Indicators;

/// <summary>
/// Indicator values from the Information and Communications reports, written by the Warehouse's
/// <see cref="IndicatorValueWriter"/>.
/// </summary>
public sealed class IndicatorValueFeed : FeedKind<IndicatorValueRow>
{
    public override SourceKind Kind => SourceKind.Indicators;

    public override ParsedItem<IndicatorValueRow> Parse(JsonElement item, ReferenceCodes codes)
    {
        var read = new ItemReader(item);
        var id = read.IdOrStandIn();
        var code = read.Text("indicatorCode");
        var period = read.Text("period");
        var value = read.Number("value");
        var updated = read.Instant("updatedAt");
        if (!read.Ok)
        {
            return ParsedItem.Reject<IndicatorValueRow>(id, read.Problem!);
        }

        if (!codes.Indicators.TryGetValue(code!, out var indicatorId))
        {
            return ParsedItem.Reject<IndicatorValueRow>(id, $"unknown indicator code '{code}'");
        }

        if (!DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return ParsedItem.Reject<IndicatorValueRow>(id, $"period '{period}' is not YYYY-MM");
        }

        if (month.ToDateTime(TimeOnly.MinValue) > updated!.Value.ToOffset(TimeSpan.FromHours(7)).DateTime)
        {
            return ParsedItem.Reject<IndicatorValueRow>(id, $"impossible dates: value for {period} reported on {updated:yyyy-MM-dd}, before the month began");
        }

        return ParsedItem.Accept(new IndicatorValueRow(indicatorId, month, value!.Value), id, updated.Value);
    }

    public override Task<MergeOutcome> MergeAsync(
        NpgsqlConnection connection, string sourceId, IReadOnlyList<IndicatorValueRow> rows, long batch, CancellationToken cancellationToken) =>
        IndicatorValueWriter.UpsertAsync(connection, rows, batch, cancellationToken);
}
