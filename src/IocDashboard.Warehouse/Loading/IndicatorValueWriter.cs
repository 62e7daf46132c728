using Npgsql;

namespace IocDashboard.Warehouse.Loading;

/// <summary>One monthly value of a digital-transformation indicator (the period is the first of its month).</summary>
public sealed record IndicatorValueRow(short IndicatorId, DateOnly Period, decimal Value);

/// <summary>Writes indicator values, upserted by (indicator, month): the report feed and the Excel upload both load through it.</summary>
public static class IndicatorValueWriter
{
    public static async Task<MergeOutcome> UpsertAsync(
        NpgsqlConnection connection, IReadOnlyList<IndicatorValueRow> values, long batch, CancellationToken cancellationToken)
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
