using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.SeedData;
using IocDashboard.Seeding;
using IocDashboard.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.OrgUnits;

/// <summary>
/// Loading the org units with their successor links and dated attributes: a second load of the same files changes
/// nothing, a load onto an older warehouse brings it up to the files, and migration 0009 keeps the links that the
/// dropped successor column held.
/// </summary>
public sealed class OrgUnitLoadingTests
{
    private static readonly string[] DimensionTables =
    [
        "core.org_units", "core.org_unit_successors", "core.org_unit_revisions", "core.procedure_fields", "core.procedures",
        "core.reform_areas", "core.dx_indicators", "core.dx_indicator_targets",
    ];

    [Fact]
    public async Task Loading_the_reference_files_again_changes_nothing()
    {
        await using var database = await IngestionRig.EmptyWarehouseAsync("ioc_reload");
        var first = await SnapshotAsync(database.ConnectionString);

        await LoadDimensionsAsync(database.ConnectionString);

        Assert.Equal(first, await SnapshotAsync(database.ConnectionString));
        Assert.Equal(321, await ScalarAsync<long>(database.ConnectionString, "select count(*) from core.org_units"));
        Assert.Equal(108, await ScalarAsync<long>(database.ConnectionString, "select count(*) from core.org_unit_successors"));
    }

    [Fact]
    public async Task Loading_onto_an_older_warehouse_brings_its_units_links_and_attributes_up_to_the_files()
    {
        await using var database = await IngestionRig.EmptyWarehouseAsync("ioc_upgrade");
        var expected = await SnapshotAsync(database.ConnectionString);
        var ids = await ScalarAsync<string>(database.ConnectionString, "select string_agg(code || '=' || id, ',' order by id) from core.org_units");
        // As a warehouse loaded before the reorganisation was known: Phường 1 open-ended and without successor, a
        // stale link, the province's code on the unit and no dated attributes.
        await ExecuteAsync(database.ConnectionString, """
            update core.org_units set valid_to = null where code = '703.01';
            delete from core.org_unit_successors where predecessor_id = (select id from core.org_units where code = '703.01');
            insert into core.org_unit_successors (predecessor_id, successor_id, partial, effective_on)
                select p.id, s.id, false, '2025-07-01' from core.org_units p, core.org_units s where p.code = '703.02' and s.code = '25486';
            delete from core.org_unit_revisions;
            update core.org_units set stat_code = '72' where code = 'TNH';
            """);

        await LoadDimensionsAsync(database.ConnectionString);

        var after = await SnapshotAsync(database.ConnectionString);
        Assert.Equal(expected["core.org_unit_successors"], after["core.org_unit_successors"]);
        Assert.Equal(ids, await ScalarAsync<string>(database.ConnectionString, "select string_agg(code || '=' || id, ',' order by id) from core.org_units"));
        Assert.Equal("2025-07-01", await ScalarAsync<string>(database.ConnectionString, "select valid_to::text from core.org_units where code = '703.01'"));
        Assert.Equal(2, await ScalarAsync<long>(database.ConnectionString, "select count(*) from core.org_unit_revisions"));
        Assert.Equal(0, await ScalarAsync<long>(database.ConnectionString, "select count(*) from core.org_units where code = 'TNH' and stat_code is not null"));
    }

    [Fact]
    public async Task Migration_0009_moves_the_successor_column_into_the_links()
    {
        await using var database = await TestDatabase.CreateAsync("ioc_migrate_0009");
        // The schema before 0009, applied and recorded as the runner does, with the 2020 links in the old column.
        await ExecuteAsync(database.ConnectionString, """
            create schema meta;
            create table meta.schema_migrations (version int primary key, name text not null, checksum text not null, applied_at timestamptz not null default now());
            """);
        foreach (var migration in MigrationRunner.Embedded.Where(m => m.Version < 9))
        {
            await ExecuteAsync(database.ConnectionString, migration.Sql);
            await ExecuteAsync(database.ConnectionString,
                $"insert into meta.schema_migrations (version, name, checksum) values ({migration.Version}, '{migration.Name}', '{migration.Checksum}')");
        }

        await ExecuteAsync(database.ConnectionString, """
            insert into core.org_units (code, name, kind, valid_from, valid_to, source) values
                ('TNH', 'Tỉnh Tây Ninh', 'province', '2000-01-01', null, 'published'),
                ('712H', 'Huyện Trảng Bàng', 'district', '2000-01-01', '2020-02-01', 'published'),
                ('712', 'Thị xã Trảng Bàng', 'district', '2020-02-01', null, 'published');
            update core.org_units set successor_id = (select id from core.org_units where code = '712') where code = '712H';
            """);

        await using var factory = new DashboardFactory(database.ConnectionString);
        await factory.Services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);

        Assert.Equal("712H>712 false 2020-02-01", await ScalarAsync<string>(database.ConnectionString, """
            select string_agg(p.code || '>' || s.code || ' ' || l.partial || ' ' || l.effective_on, ',')
            from core.org_unit_successors l join core.org_units p on p.id = l.predecessor_id join core.org_units s on s.id = l.successor_id
            """));
        Assert.Equal(0, await ScalarAsync<long>(database.ConnectionString,
            "select count(*) from information_schema.columns where table_schema = 'core' and table_name = 'org_units' and column_name = 'successor_id'"));
    }

    private static async Task LoadDimensionsAsync(string connectionString)
    {
        await using var factory = new DashboardFactory(connectionString);
        await factory.Services.GetRequiredService<SeedLoader>().LoadDimensionsAsync(SeedDataDirectory.Locate(), CancellationToken.None);
    }

    /// <summary>Every row of every dimension table, load batch included: a row rewritten with the same values would show.</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(string connectionString)
    {
        var snapshot = new Dictionary<string, string>();
        foreach (var table in DimensionTables)
        {
            snapshot[table] = await ScalarAsync<string>(connectionString, $"select md5(string_agg(t::text, E'\\n' order by t::text)) from {table} t");
        }

        return snapshot;
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
