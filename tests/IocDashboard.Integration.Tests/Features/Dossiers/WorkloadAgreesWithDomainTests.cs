using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Periods;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Warehouse.Queries;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Dossiers;

/// <summary>
/// The SQL of the workload measures (the workload rollups, the dossiers open at the start and at the end)
/// gives exactly what <see cref="WorkloadRule"/> gives when applied to every raw dossier of the scope, and the form's
/// identities hold on every row, for random periods, units, scopes and levels.
/// </summary>
[Collection(SeededWarehouseGroup.Name)]
public sealed class WorkloadAgreesWithDomainTests(SeededWarehouse warehouse)
{
    private static readonly SemaphoreSlim Loading = new(1, 1);
    private static (string ConnectionString, RawDossiers Dossiers)? _raw;

    public static TheoryData<int> Cases() => [.. Enumerable.Range(1, 50)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Random_period_and_scope(int seed)
    {
        var random = new Random(seed);
        var units = await UnitsAsync();

        // Mostly communes, agencies and districts over up to 14 months; every tenth case the province over up to 45
        // days. The seeded history runs from 2020-01-01 to 2024-12-31.
        var kind = (seed % 10) switch
        {
            0 => "province",
            1 or 2 or 3 => "agency",
            4 or 5 => "district",
            _ => "commune",
        };
        var candidates = units.Where(u => u.Kind == kind).ToList();
        var unit = candidates[random.Next(candidates.Count)];
        var days = kind == "province" ? random.Next(1, 46) : random.Next(1, 14 * 31);
        var from = new DateOnly(2020, 1, 1).AddDays(random.Next(0, (5 * 365) - days));
        var period = new ReportingPeriod(from, from.AddDays(days - 1));
        IReadOnlyList<ProcedureLevel> levels = random.Next(3) switch
        {
            0 => DossierScope.AllLevels,
            1 => [ProcedureLevel.Province, ProcedureLevel.District],
            _ => [(ProcedureLevel)random.Next(3)],
        };
        var scope = new DossierScope(unit.Id, random.Next(4) == 0, levels);

        using var services = warehouse.Factory.Services.CreateScope();
        var workload = services.ServiceProvider.GetRequiredService<WorkloadQueries>();
        var total = await workload.TotalAsync(period, scope, CancellationToken.None);
        var expected = await ClassifyRawAsync(period, await ScopeUnitsAsync(scope), scope.Levels);
        Assert.Equal(expected, total);
        AssertIdentities(total);

        var byField = await workload.ByFieldAsync(period, scope, CancellationToken.None);
        Assert.All(byField, row => AssertIdentities(row.Measures));
        Assert.Equal(total, WorkloadMeasures.Sum(byField.Select(r => r.Measures)));

        var byUnit = await workload.ByUnitAsync(period, scope, CancellationToken.None);
        Assert.All(byUnit, row => AssertIdentities(row.Measures));
        Assert.Equal(total, WorkloadMeasures.Sum(byUnit.Select(r => r.Measures)));
    }

    [Theory]
    [InlineData("2024-06-15", "2024-09-14")] // the third quarter's report, as Decree 09/2019 cuts it
    [InlineData("2020-01-01", "2020-03-31")] // across 2020-02-01, when Hòa Thành and Trảng Bàng became towns
    public async Task Each_ranked_unit_of_the_province_is_its_own_dossiers_and_its_districts_communes(string from, string to)
    {
        var period = new ReportingPeriod(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        var units = await UnitsAsync();
        var province = units.Single(u => u.Kind == "province");
        var scope = new DossierScope(province.Id, false, DossierScope.AllLevels);
        using var services = warehouse.Factory.Services.CreateScope();
        var rows = await services.ServiceProvider.GetRequiredService<WorkloadQueries>().ByUnitAsync(period, scope, CancellationToken.None);

        // Every agency, district and commune valid in the period is listed, a commune only through its district.
        var valid = units.Where(u => u.Kind is "agency" or "district" && u.ValidFrom <= period.To && (u.ValidTo is null || u.ValidTo > period.From));
        Assert.Subset(rows.Select(r => r.Code).ToHashSet(), valid.Select(u => u.Code).ToHashSet());
        Assert.DoesNotContain(rows, r => r.Kind == "commune");
        Assert.Equal(["agency", "district"], rows.Select(r => r.Kind).Distinct());

        foreach (var row in rows)
        {
            var unit = units.Single(u => u.Code == row.Code);
            var members = units.Where(u => u.Id == unit.Id || (u.Kind == "commune" && unit.Kind == "district" && u.ParentId == unit.Id)).Select(u => u.Id);
            Assert.Equal(await ClassifyRawAsync(period, members.ToHashSet(), DossierScope.AllLevels), row.Measures);
        }

        Assert.Equal(await ClassifyRawAsync(period, await ScopeUnitsAsync(scope), DossierScope.AllLevels), WorkloadMeasures.Sum(rows.Select(r => r.Measures)));
    }

    [Fact]
    public async Task A_districts_own_breakdown_lists_each_of_its_communes_and_the_district_itself()
    {
        var period = new ReportingPeriod(new DateOnly(2024, 6, 15), new DateOnly(2024, 9, 14));
        var units = await UnitsAsync();
        var district = units.First(u => u.Kind == "district" && u.ValidFrom <= period.From && (u.ValidTo is null || u.ValidTo > period.To));
        var scope = new DossierScope(district.Id, false, DossierScope.AllLevels);
        using var services = warehouse.Factory.Services.CreateScope();
        var rows = await services.ServiceProvider.GetRequiredService<WorkloadQueries>().ByUnitAsync(period, scope, CancellationToken.None);

        var communes = units.Where(u => u.Kind == "commune" && u.ParentId == district.Id && u.ValidFrom <= period.To && (u.ValidTo is null || u.ValidTo > period.From)).ToList();
        Assert.NotEmpty(communes);
        Assert.Subset(rows.Select(r => r.Code).ToHashSet(), communes.Select(u => u.Code).Append(district.Code).ToHashSet());
        foreach (var row in rows)
        {
            var unit = units.Single(u => u.Code == row.Code);
            Assert.Equal(await ClassifyRawAsync(period, new HashSet<int> { unit.Id }, DossierScope.AllLevels), row.Measures);
        }

        Assert.Equal(await ClassifyRawAsync(period, await ScopeUnitsAsync(scope), DossierScope.AllLevels), WorkloadMeasures.Sum(rows.Select(r => r.Measures)));
    }

    private static void AssertIdentities(WorkloadMeasures m)
    {
        Assert.Equal(m.ToHandle, m.Received + m.CarriedOver);
        Assert.Equal(m.ToHandle, m.Resolved + m.Pending);
        Assert.Equal(m.Resolved, m.BeforeDeadline + m.OnDeadline + m.Late);
        Assert.Equal(m.Pending, m.WithinDeadline + m.Overdue);
        Assert.Equal(m.Received, m.ReceivedOnline + m.ReceivedDirectOrPostal);
        Assert.All([m.ReceivedOnline, m.ReceivedDirectOrPostal, m.CarriedOver, m.BeforeDeadline, m.OnDeadline, m.Late, m.WithinDeadline, m.Overdue], c => Assert.True(c >= 0));
    }

    /// <summary>Folds every raw dossier of the units and levels through the Domain's rule.</summary>
    private async Task<WorkloadMeasures> ClassifyRawAsync(ReportingPeriod period, IReadOnlySet<int> units, IReadOnlyList<ProcedureLevel> levels)
    {
        var raw = await RawAsync();
        var measures = WorkloadMeasures.Empty;
        for (var i = 0; i < raw.Count; i++)
        {
            if (!units.Contains(raw.UnitIds[i]) || !levels.Contains(raw.Levels[i]))
            {
                continue;
            }

            var resolved = raw.ResolvedAt[i] is var r && r == long.MinValue ? (DateTimeOffset?)null : new DateTimeOffset(r, TimeSpan.Zero);
            var count = WorkloadRule.Classify(
                new DateTimeOffset(raw.ReceivedAt[i], TimeSpan.Zero), new DateTimeOffset(raw.DueAt[i], TimeSpan.Zero), resolved, raw.Channels[i], period);
            if (count is not null)
            {
                measures = measures.Add(count);
            }
        }

        return measures;
    }

    /// <summary>
    /// Every dossier of the seeded warehouse, read once with a plain select (about two million rows, some 70 MB):
    /// the cases then pick their scope's rows in memory, which is faster than reading them per case and leaves the
    /// rule, not a WHERE clause, to decide which of them count.
    /// </summary>
    private async Task<RawDossiers> RawAsync()
    {
        await Loading.WaitAsync();
        try
        {
            if (_raw is { } cached && cached.ConnectionString == warehouse.ConnectionString)
            {
                return cached.Dossiers;
            }

            await using var connection = new NpgsqlConnection(warehouse.ConnectionString);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("select count(*) from core.dossiers", connection);
            var rows = new RawDossiers((int)(long)(await count.ExecuteScalarAsync())!);
            await using var command = new NpgsqlCommand("select unit_id, level, channel, received_at, due_at, resolved_at from core.dossiers", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var i = 0;
            while (await reader.ReadAsync())
            {
                rows.UnitIds[i] = reader.GetInt32(0);
                rows.Levels[i] = (ProcedureLevel)reader.GetInt16(1);
                rows.Channels[i] = (Channel)reader.GetInt16(2);
                rows.ReceivedAt[i] = reader.GetFieldValue<DateTime>(3).Ticks;
                rows.DueAt[i] = reader.GetFieldValue<DateTime>(4).Ticks;
                rows.ResolvedAt[i] = reader.IsDBNull(5) ? long.MinValue : reader.GetFieldValue<DateTime>(5).Ticks;
                i++;
            }

            Assert.Equal(rows.Count, i);
            _raw = (warehouse.ConnectionString, rows);
            return rows;
        }
        finally
        {
            Loading.Release();
        }
    }

    private async Task<IReadOnlySet<int>> ScopeUnitsAsync(DossierScope scope)
    {
        await using var connection = new NpgsqlConnection(warehouse.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            with recursive scope_units as (
                select id from core.org_units where id = @unit
                union all
                select c.id from core.org_units c join scope_units p on c.parent_id = p.id where not @self)
            select id from scope_units
            """, connection);
        command.Parameters.AddWithValue("unit", scope.UnitId);
        command.Parameters.AddWithValue("self", scope.SelfOnly);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<int>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private async Task<List<Unit>> UnitsAsync()
    {
        await using var connection = new NpgsqlConnection(warehouse.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select id, code, kind, parent_id, valid_from, valid_to from core.org_units order by id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var units = new List<Unit>();
        while (await reader.ReadAsync())
        {
            units.Add(new Unit(
                reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt32(3),
                reader.GetFieldValue<DateOnly>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5)));
        }

        return units;
    }

    private sealed record Unit(int Id, string Code, string Kind, int? ParentId, DateOnly ValidFrom, DateOnly? ValidTo);

    /// <summary>The columns the rule reads, one array each; instants as UTC ticks, long.MinValue for "not resolved".</summary>
    private sealed class RawDossiers(int count)
    {
        public int Count { get; } = count;
        public int[] UnitIds { get; } = new int[count];
        public ProcedureLevel[] Levels { get; } = new ProcedureLevel[count];
        public Channel[] Channels { get; } = new Channel[count];
        public long[] ReceivedAt { get; } = new long[count];
        public long[] DueAt { get; } = new long[count];
        public long[] ResolvedAt { get; } = new long[count];
    }
}
