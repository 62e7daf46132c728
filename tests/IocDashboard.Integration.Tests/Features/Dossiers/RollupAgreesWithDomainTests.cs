using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Periods;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Warehouse.Queries;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Dossiers;

/// <summary>
/// The SQL that answers the API (rollups plus the dossiers open at the period's end) must give exactly what
/// the Domain's outcome rule gives when applied to every raw dossier, for any period, unit, scope and level.
/// </summary>
[Collection(SeededWarehouseGroup.Name)]
public sealed class RollupAgreesWithDomainTests(SeededWarehouse warehouse)
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Random_period_and_unit(int seed)
    {
        var random = new Random(seed);
        var units = await UnitIdsAsync();
        var from = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 1800));
        var period = new ReportingPeriod(from, from.AddDays(random.Next(0, seed % 4 == 0 ? 400 : 75)));
        var levels = random.Next(3) switch
        {
            0 => DossierScope.AllLevels,
            1 => [ProcedureLevel.Province, ProcedureLevel.District],
            _ => [(ProcedureLevel)random.Next(3)],
        };
        var scope = new DossierScope(units[random.Next(units.Count)], random.Next(4) == 0, levels);

        using var services = warehouse.Factory.Services.CreateScope();
        var fromSql = await services.ServiceProvider.GetRequiredService<DossierQueries>().SummaryAsync(period, scope, CancellationToken.None);
        var fromDomain = await ClassifyRawAsync(period, scope);

        Assert.Equal(fromDomain, fromSql);
    }

    [Theory]
    [InlineData("2024-01-01", "2024-09-30")]
    [InlineData("2022-02-15", "2022-03-14")]
    [InlineData("2024-12-31", "2024-12-31")]
    [InlineData("2020-01-01", "2024-12-31")]
    public async Task Province_over_month_edges(string from, string to)
    {
        var period = new ReportingPeriod(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        var units = await UnitIdsAsync();
        var scope = new DossierScope(units[0], false, DossierScope.AllLevels);
        using var services = warehouse.Factory.Services.CreateScope();
        var fromSql = await services.ServiceProvider.GetRequiredService<DossierQueries>().SummaryAsync(period, scope, CancellationToken.None);
        Assert.Equal(await ClassifyRawAsync(period, scope), fromSql);
    }

    [Fact]
    public async Task By_month_and_ranked_unit_matches_the_domain_rule_at_the_periods_end()
    {
        var period = new ReportingPeriod(new DateOnly(2023, 11, 15), new DateOnly(2024, 10, 31));
        var units = await UnitIdsAsync();
        var scope = new DossierScope(units[0], false, DossierScope.AllLevels);
        using var services = warehouse.Factory.Services.CreateScope();
        var rows = await services.ServiceProvider.GetRequiredService<DossierQueries>().ByMonthAndRankedUnitAsync(period, scope, CancellationToken.None);

        // Each month of receipt, summed over the units, as the Domain counts it at the period's end.
        var byMonth = rows.GroupBy(r => r.Month).ToList();
        Assert.Equal(12, byMonth.Count);
        foreach (var month in byMonth)
        {
            var from = month.Key < period.From ? period.From : month.Key;
            var to = month.Key.AddMonths(1).AddDays(-1);
            var fromDomain = await ClassifyRawAsync(new ReportingPeriod(from, to < period.To ? to : period.To), scope, period.End);
            Assert.Equal(fromDomain, DossierMeasures.Sum(month.Select(r => r.Measures)));
        }

        // Each ranked unit over the whole period: a district with its communes, an agency by itself.
        var rankedUnits = await RankedUnitsAsync();
        Assert.Equal(rankedUnits.Select(u => u.Id).Order(), rows.Select(r => r.UnitId).Distinct().Order());
        var districts = rankedUnits.Where(u => u.Kind == "district").Take(3);
        var agencies = rankedUnits.Where(u => u.Kind == "agency").Take(3);
        foreach (var unit in districts.Concat(agencies).Select(u => u.Id))
        {
            var fromDomain = await ClassifyRawAsync(period, new DossierScope(unit, false, DossierScope.AllLevels));
            Assert.Equal(fromDomain, DossierMeasures.Sum(rows.Where(r => r.UnitId == unit).Select(r => r.Measures)));
        }
    }

    /// <summary>The units a ranking lists: every unit with dossiers in the period, a commune under its district.</summary>
    private async Task<List<(int Id, string Kind)>> RankedUnitsAsync()
    {
        await using var connection = new NpgsqlConnection(warehouse.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select distinct ranked.id, ranked.kind
            from core.dossiers d
            join core.org_units ou on ou.id = d.unit_id
            join core.org_units ranked on ranked.id = case when ou.kind = 'commune' then ou.parent_id else ou.id end
            where d.received_at >= '2023-11-15 00:00+07' and d.received_at < '2024-11-01 00:00+07'
            order by 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var units = new List<(int, string)>();
        while (await reader.ReadAsync())
        {
            units.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return units;
    }

    private async Task<List<int>> UnitIdsAsync()
    {
        await using var connection = new NpgsqlConnection(warehouse.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select id from core.org_units order by (kind <> 'province'), id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<int>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    /// <summary>Reads the raw dossiers of the scope and period and counts them with the Domain's rule.</summary>
    private Task<DossierMeasures> ClassifyRawAsync(ReportingPeriod period, DossierScope scope) => ClassifyRawAsync(period, scope, period.End);

    /// <summary>The dossiers received in <paramref name="period"/>, classified at <paramref name="end"/>.</summary>
    private async Task<DossierMeasures> ClassifyRawAsync(ReportingPeriod period, DossierScope scope, DateTimeOffset end)
    {
        await using var connection = new NpgsqlConnection(warehouse.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            with recursive scope_units as (
                select id from core.org_units where id = @unit
                union all
                select c.id from core.org_units c join scope_units p on c.parent_id = p.id where not @self)
            select channel, online_level, due_at, resolved_at
            from core.dossiers
            where received_at >= @start and received_at < @end
              and unit_id in (select id from scope_units) and level = any(@levels)
            """, connection);
        command.Parameters.AddWithValue("unit", scope.UnitId);
        command.Parameters.AddWithValue("self", scope.SelfOnly);
        command.Parameters.AddWithValue("levels", scope.Levels.Select(l => (short)l).ToArray());
        command.Parameters.AddWithValue("start", period.Start.ToUniversalTime());
        command.Parameters.AddWithValue("end", period.End.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync();
        var measures = DossierMeasures.Empty;
        while (await reader.ReadAsync())
        {
            var channel = (Channel)reader.GetInt16(0);
            var fullOnline = channel == Channel.Online && reader.GetInt16(1) == (short)OnlineServiceLevel.FullProcess;
            var resolved = reader.IsDBNull(3) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(3);
            var outcome = DossierOutcomeRule.At(reader.GetFieldValue<DateTimeOffset>(2), resolved, end);
            measures = measures.Add(channel, outcome, fullOnline);
        }

        return measures;
    }
}
