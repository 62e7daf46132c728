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
    public async Task By_month_of_receipt_matches_the_domain_rule_at_the_periods_end()
    {
        var period = new ReportingPeriod(new DateOnly(2023, 11, 15), new DateOnly(2024, 10, 31));
        var units = await UnitIdsAsync();
        var scope = new DossierScope(units[0], false, DossierScope.AllLevels);
        using var services = warehouse.Factory.Services.CreateScope();
        var byMonth = await services.ServiceProvider.GetRequiredService<DossierQueries>().ByMonthAsync(period, scope, CancellationToken.None);

        Assert.Equal(12, byMonth.Count);
        foreach (var (month, measures) in byMonth)
        {
            var from = month < period.From ? period.From : month;
            var to = month.AddMonths(1).AddDays(-1);
            var fromDomain = await ClassifyRawAsync(new ReportingPeriod(from, to < period.To ? to : period.To), scope, period.End);
            Assert.Equal(fromDomain, measures);
        }
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
