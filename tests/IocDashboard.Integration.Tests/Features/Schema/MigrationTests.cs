using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Warehouse.Model;
using IocDashboard.Warehouse.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Schema;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrates_an_empty_database_from_zero_and_rerunning_is_a_no_op()
    {
        await using var database = await TestDatabase.CreateAsync("ioc_migrate");
        await using var factory = new DashboardFactory(database.ConnectionString);
        var runner = factory.Services.GetRequiredService<MigrationRunner>();

        Assert.Null(await runner.CurrentVersionAsync(CancellationToken.None));
        Assert.Equal(MigrationRunner.Embedded.Count, await runner.ApplyAsync(CancellationToken.None));
        Assert.Equal(MigrationRunner.LatestVersion, await runner.CurrentVersionAsync(CancellationToken.None));
        Assert.Equal(0, await runner.ApplyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_runners_apply_each_migration_once()
    {
        await using var database = await TestDatabase.CreateAsync("ioc_migrate_race");
        await using var factory = new DashboardFactory(database.ConnectionString);
        var runner = factory.Services.GetRequiredService<MigrationRunner>();

        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => runner.ApplyAsync(CancellationToken.None)));

        Assert.Equal(MigrationRunner.Embedded.Count, applied.Sum());
    }

    [Fact]
    public async Task The_EF_model_matches_the_migrated_schema_and_uses_explicit_schemas()
    {
        await using var database = await TestDatabase.CreateAsync("ioc_model");
        await using var factory = new DashboardFactory(database.ConnectionString);
        await factory.Services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();

        // Each query selects every mapped column: a misnamed column or table fails here.
        Assert.Empty(await db.LoadBatches.ToListAsync());
        Assert.Empty(await db.OrgUnits.ToListAsync());
        Assert.Empty(await db.OrgUnitSuccessors.ToListAsync());
        Assert.Empty(await db.OrgUnitRevisions.ToListAsync());
        Assert.Empty(await db.ProcedureFields.ToListAsync());
        Assert.Empty(await db.Procedures.ToListAsync());
        Assert.Empty(await db.ReformAreas.ToListAsync());
        Assert.Empty(await db.ReformTasks.Include(t => t.Events).ToListAsync());
        Assert.Empty(await db.DxIndicators.ToListAsync());
        Assert.Empty(await db.DxIndicatorTargets.ToListAsync());
        Assert.Empty(await db.DxIndicatorValues.ToListAsync());
        Assert.Empty(await db.FeedbackItems.ToListAsync());
        Assert.Empty(await db.Dossiers.ToListAsync());

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from information_schema.tables where table_schema = 'public'", connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_dossier_resolved_before_it_was_received_is_rejected_by_the_schema()
    {
        await using var database = await TestDatabase.CreateAsync("ioc_check");
        await using var factory = new DashboardFactory(database.ConnectionString);
        await factory.Services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            insert into core.org_units (code, name, kind, valid_from, source) values ('X', 'X', 'province', '2020-01-01', 'synthetic');
            insert into core.procedure_fields (code, name, source) values ('F', 'F', 'synthetic');
            insert into core.procedures (code, name, field_id, level, online_level, valid_from, portal_integrated, source)
                select 'P', 'P', id, 0, 2, '2020-01-01', false, 'synthetic' from core.procedure_fields;
            insert into core.dossier_sources (code) values ('S');
            insert into core.dossiers (source_id, external_id, unit_id, procedure_id, field_id, level, channel, online_level, received_at, due_at, resolved_at, status)
                select (select id from core.dossier_sources), '1', u.id, p.id, p.field_id, 0, 0, 0, '2024-01-02', '2024-01-05', '2024-01-01', 1 from core.org_units u, core.procedures p;
            """, connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }
}
