using IocDashboard.Domain.Dossiers;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Warehouse.Loading;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Ingestion;

/// <summary>
/// The connectors' merge (the Warehouse's <see cref="DossierWriter"/>) on its own: a page inserts the new dossiers,
/// updates the changed ones, leaves the identical ones untouched, and moves the rollups (receipt and resolution) by
/// exactly what changed — old cell out, new cell in.
/// </summary>
public sealed class DossierMergeTests
{
    private const string Source = "MOTCUA-TEST";
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));

    // With one writer for every page, as a sync runs: after an all-new page the next is tried as an insert of new
    // rows only, so the page of new dossiers below is inserted that way, and the page with stored dossiers after
    // it is refused by the key and merged in full. With a new writer each time, every page takes the full merge.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_page_inserts_the_new_updates_the_changed_leaves_the_identical_and_moves_the_rollups(bool oneWriter)
    {
        var shared = new DossierWriter();
        DossierWriter Writer() => oneWriter ? shared : new DossierWriter();
        await using var database = await IngestionRig.EmptyWarehouseAsync("ioc_merge");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var codes = await ReferenceCodes.LoadAsync(dataSource, CancellationToken.None);
        var units = codes.Units.Values.Order().Take(3).ToArray();
        var procedure = codes.Procedures.Values.OrderBy(p => p.Id).First();
        DossierRow Dossier(int n) => new(
            $"HS-{n:D5}", units[n % 3], procedure.Id, procedure.FieldId, ProcedureLevel.District,
            n % 2 == 0 ? Channel.Online : Channel.Direct, n % 2 == 0 ? OnlineServiceLevel.FullProcess : OnlineServiceLevel.None,
            Start.AddHours(n * 5), Start.AddHours(n * 5).AddDays(10), n % 4 == 0 ? null : Start.AddHours(n * 5).AddDays(n % 3 == 0 ? 12 : n % 5 == 0 ? 10 : 3),
            n % 4 == 0 ? DossierStatus.Pending : DossierStatus.Resolved);

        var first = Enumerable.Range(0, 300).Select(Dossier).ToList();
        var loaded = await MergeAsync(dataSource, Writer(), first);
        Assert.Equal((300, 0, 0), (loaded.Inserted, loaded.Updated, loaded.Unchanged));
        var more = Enumerable.Range(400, 20).Select(Dossier).ToList();
        var added = await MergeAsync(dataSource, Writer(), more);
        Assert.Equal((20, 0, 0), (added.Inserted, added.Updated, added.Unchanged));

        // 100 as they were, 100 changed in ways that move them between rollup cells, 50 new.
        var second = first.Take(100)
            .Concat(first.Skip(100).Take(100).Select((d, i) => (i % 4) switch
            {
                0 => d with { ResolvedAt = d.ReceivedAt.AddDays(20), Status = DossierStatus.Resolved }, // resolved, late
                1 => d with { UnitId = units[(Array.IndexOf(units, d.UnitId) + 1) % 3] },               // moved to another unit
                2 => d with { ReceivedAt = d.ReceivedAt.AddDays(-40), DueAt = d.DueAt.AddDays(-40) },   // another day and month
                _ => d with { ResolvedAt = null, Status = DossierStatus.Pending },                       // reopened
            }))
            .Concat(Enumerable.Range(300, 50).Select(Dossier))
            .ToList();
        var merged = await MergeAsync(dataSource, Writer(), second);
        Assert.Equal((50, 100, 100), (merged.Inserted, merged.Updated, merged.Unchanged));
        Assert.Equal(units.Order(), merged.UnitIds.Order());

        // Every stored row is the latest version, and the rollups equal a recomputation from those rows.
        var latest = second.Concat(first.Skip(200)).Concat(more).ToList();
        Assert.Equal(latest.Count(d => d.ResolvedAt is null), await ScalarAsync(dataSource, "select count(*) from core.dossiers where resolved_at is null"));
        Assert.Equal(
            latest.Where(d => d.UnitId == units[0]).Min(d => d.ReceivedAt).ToUniversalTime(),
            await ScalarAsync<DateTime>(dataSource, $"select min(received_at) from core.dossiers where unit_id = {units[0]}"));
        var moved = await RollupsAsync(dataSource);
        await using (var refresh = dataSource.CreateCommand("select core.refresh_dossier_rollups('2023-01-01', '2025-12-31')"))
        {
            await refresh.ExecuteNonQueryAsync();
        }

        Assert.Equal(await RollupsAsync(dataSource), moved);
        Assert.Equal(370, await ScalarAsync(dataSource, "select count(*) from core.dossiers"));
        Assert.Equal(370, await ScalarAsync(dataSource, "select sum(received) from core.dossier_daily_rollups"));
        Assert.Equal(370, await ScalarAsync(dataSource, "select sum(received) from core.dossier_monthly_rollups"));
        var resolved = latest.Count(d => d.ResolvedAt is not null);
        Assert.Equal(370, await ScalarAsync(dataSource, "select sum(received) from core.dossier_workload_daily_rollups"));
        Assert.Equal(370, await ScalarAsync(dataSource, "select sum(received) from core.dossier_workload_weekly_rollups"));
        Assert.Equal(370, await ScalarAsync(dataSource, "select sum(received) from core.dossier_workload_monthly_rollups"));
        Assert.Equal(resolved, await ScalarAsync(dataSource, "select sum(before_deadline + on_deadline + late) from core.dossier_workload_daily_rollups"));
        Assert.Equal(resolved, await ScalarAsync(dataSource, "select sum(before_deadline + on_deadline + late) from core.dossier_workload_weekly_rollups"));
        Assert.Equal(resolved, await ScalarAsync(dataSource, "select sum(before_deadline + on_deadline + late) from core.dossier_workload_monthly_rollups"));
        Assert.True(await ScalarAsync(dataSource, "select sum(on_deadline) from core.dossier_workload_daily_rollups") > 0);
        Assert.True(await ScalarAsync(dataSource, "select sum(received_online) from core.dossier_workload_daily_rollups") > 0);

        // The same page again changes nothing.
        var again = await MergeAsync(dataSource, Writer(), second);
        Assert.Equal((0, 0, 250), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(moved, await RollupsAsync(dataSource));
    }

    private static async Task<MergeOutcome> MergeAsync(NpgsqlDataSource dataSource, DossierWriter writer, List<DossierRow> page)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var outcome = await writer.MergeAsync(connection, Source, page, 0, CancellationToken.None);
        await transaction.CommitAsync();
        return outcome;
    }

    /// <summary>The non-empty rollup cells, receipt and workload, daily, weekly and monthly, as text in a fixed order.</summary>
    private static async Task<List<string>> RollupsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            select 'd' || day || '|' || unit_id || '|' || field_id || '|' || channel || '|' || level || '|' || received || '|' || resolved_on_time || '|' || resolved_late || '|' || resolved_full_online
            from core.dossier_daily_rollups where received <> 0 or resolved_on_time <> 0 or resolved_late <> 0
            union all
            select 'm' || month || '|' || unit_id || '|' || field_id || '|' || channel || '|' || level || '|' || received || '|' || resolved_on_time || '|' || resolved_late || '|' || resolved_full_online
            from core.dossier_monthly_rollups where received <> 0 or resolved_on_time <> 0 or resolved_late <> 0
            union all
            select 'wd' || day || '|' || unit_id || '|' || field_id || '|' || level || '|' || received || '|' || received_online
                   || '|' || before_deadline || '|' || on_deadline || '|' || late
            from core.dossier_workload_daily_rollups
            where received <> 0 or received_online <> 0 or before_deadline <> 0 or on_deadline <> 0 or late <> 0
            union all
            select 'ww' || week || '|' || unit_id || '|' || field_id || '|' || level || '|' || received || '|' || received_online
                   || '|' || before_deadline || '|' || on_deadline || '|' || late
            from core.dossier_workload_weekly_rollups
            where received <> 0 or received_online <> 0 or before_deadline <> 0 or on_deadline <> 0 or late <> 0
            union all
            select 'wm' || month || '|' || unit_id || '|' || field_id || '|' || level || '|' || received || '|' || received_online
                   || '|' || before_deadline || '|' || on_deadline || '|' || late
            from core.dossier_workload_monthly_rollups
            where received <> 0 or received_online <> 0 or before_deadline <> 0 or on_deadline <> 0 or late <> 0
            order by 1
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var cells = new List<string>();
        while (await reader.ReadAsync())
        {
            cells.Add(reader.GetString(0));
        }

        return cells;
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql) =>
        Convert.ToInt64(await ScalarAsync<object>(dataSource, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
