using System.Globalization;
using System.Text.Json;
using IocDashboard.Ingestion.Feeds;
using IocDashboard.Ingestion.Sources;
using Npgsql;

namespace IocDashboard.Ingestion.Indicators;

/// <summary>One monthly value of a digital-transformation indicator.</summary>
public sealed record IndicatorValueRecord(string ExternalId, short IndicatorId, DateOnly Period, decimal Value, DateTimeOffset UpdatedAt) : IFeedRecord;

/// <summary>Indicator values from the Information and Communications reports: upserted by (indicator, month).</summary>
public sealed class IndicatorValueFeed : FeedKind<IndicatorValueRecord>
{
    public override SourceKind Kind => SourceKind.Indicators;

    public override ParsedItem<IndicatorValueRecord> Parse(JsonElement item, ReferenceCodes codes)
    {
        var read = new ItemReader(item);
        var id = read.IdOrStandIn();
        var code = read.Text("indicatorCode");
        var period = read.Text("period");
        var value = read.Number("value");
        var updated = read.Instant("updatedAt");
        if (!read.Ok)
        {
            return ParsedItem.Reject<IndicatorValueRecord>(id, read.Problem!);
        }

        if (!codes.Indicators.TryGetValue(code!, out var indicatorId))
        {
            return ParsedItem.Reject<IndicatorValueRecord>(id, $"unknown indicator code '{code}'");
        }

        if (!DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return ParsedItem.Reject<IndicatorValueRecord>(id, $"period '{period}' is not YYYY-MM");
        }

        if (month.ToDateTime(TimeOnly.MinValue) > updated!.Value.ToOffset(TimeSpan.FromHours(7)).DateTime)
        {
            return ParsedItem.Reject<IndicatorValueRecord>(id, $"impossible dates: value for {period} reported on {updated:yyyy-MM-dd}, before the month began");
        }

        return ParsedItem.Accept(new IndicatorValueRecord(id, indicatorId, month, value!.Value, updated.Value));
    }

    public override async Task<MergeOutcome> MergeAsync(
        NpgsqlConnection connection, string sourceId, IReadOnlyList<IndicatorValueRecord> records, long batch, CancellationToken cancellationToken) =>
        await IndicatorValueWriter.UpsertAsync(connection, records.Select(r => (r.IndicatorId, r.Period, r.Value)).ToList(), batch, cancellationToken);
}

/// <summary>The one upsert of indicator values, shared by the report feed and the Excel upload.</summary>
public static class IndicatorValueWriter
{
    public static async Task<MergeOutcome> UpsertAsync(
        NpgsqlConnection connection, IReadOnlyList<(short IndicatorId, DateOnly Period, decimal Value)> values, long batch, CancellationToken cancellationToken)
    {
        await using var merge = new NpgsqlCommand("""
            insert into core.dx_indicator_values as v (indicator_id, period, value, load_batch_id)
            select indicator_id, period, value, @batch from unnest(@indicator, @period, @value) as i(indicator_id, period, value)
            on conflict (indicator_id, period) do update set value = excluded.value, load_batch_id = excluded.load_batch_id
            where v.value is distinct from excluded.value
            returning (xmax = 0)
            """, connection);
        merge.Parameters.AddWithValue("indicator", values.Select(v => v.IndicatorId).ToArray());
        merge.Parameters.AddWithValue("period", values.Select(v => v.Period).ToArray());
        merge.Parameters.AddWithValue("value", values.Select(v => v.Value).ToArray());
        merge.Parameters.AddWithValue("batch", batch);
        var (inserted, updated) = await UpsertCounts.ReadAsync(merge, cancellationToken);

        return new MergeOutcome(inserted, updated, values.Count - inserted - updated, [], values.Count == 0 ? null : values.Min(v => v.Period), values.Count == 0 ? null : values.Max(v => v.Period));
    }
}
