using IocDashboard.Domain.Dossiers;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Warehouse.Loading;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.ServiceIndex;

/// <summary>
/// A warehouse with the reference dimensions only (the procedure catalogue included: on 31 December 2025 1,192
/// procedures qualify for full-process online service and 1,134 of them are provided so, F13) and a handful of
/// dossiers, petitions and indicator values of December 2025 written through the Warehouse's writers, so that
/// every indicator's points can be worked out by hand (<see cref="ServiceIndexApiTests"/>). Its tests only read.
/// </summary>
public sealed class ServiceIndexData : IAsyncLifetime
{
    /// <summary>Xã Hưng Điền and Xã Vĩnh Thạnh, communes from 1 July 2025, directly under the province.</summary>
    public const string UnitA = "27727";
    public const string UnitB = "27736";

    private TestDatabase? _database;

    public DashboardFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    private static DateTimeOffset At(int month, int day, int hour = 9) =>
        new(month == 1 ? 2026 : 2025, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    public async Task InitializeAsync()
    {
        _database = await IngestionRig.EmptyWarehouseAsync("ioc_service_index");
        await using (var dataSource = NpgsqlDataSource.Create(_database.ConnectionString))
        {
            await WriteAsync(dataSource);
        }

        Factory = new DashboardFactory(_database.ConnectionString);
        Client = Factory.CreateClient();
    }

    private static async Task WriteAsync(NpgsqlDataSource dataSource)
    {
        var codes = await ReferenceCodes.LoadAsync(dataSource, CancellationToken.None);
        var (a, b) = (codes.Units[UnitA], codes.Units[UnitB]);
        var procedure = codes.Procedures.Values.OrderBy(p => p.Id).First();
        DossierRow Dossier(string id, int unit, Channel channel, DateTimeOffset received, DateTimeOffset due, DateTimeOffset? resolved) => new(
            id, unit, procedure.Id, procedure.FieldId, ProcedureLevel.Commune, channel,
            channel == Channel.Online ? OnlineServiceLevel.FullProcess : OnlineServiceLevel.None,
            received, due, resolved, resolved is null ? DossierStatus.Pending : DossierStatus.Resolved);

        List<DossierRow> dossiers =
        [
            // Unit A, received in December.
            Dossier("A1", a, Channel.Online, At(12, 1), At(12, 10, 17), At(12, 5)),      // before the deadline
            Dossier("A2", a, Channel.Online, At(12, 2), At(12, 9, 17), At(12, 9, 10)),   // on the due day, before due_at
            Dossier("A3", a, Channel.Direct, At(12, 2, 10), At(12, 8, 17), At(12, 12)),  // late
            Dossier("A4", a, Channel.Online, At(12, 3), At(12, 15, 17), At(12, 4)),      // before
            Dossier("A5", a, Channel.Direct, At(12, 20), At(1, 10, 17), null),           // pending within the deadline
            Dossier("A6", a, Channel.Direct, At(12, 10), At(12, 20, 17), null),          // pending overdue
            Dossier("A9", a, Channel.Online, At(12, 5), At(12, 19, 17), At(12, 8)),      // before
            // Unit A, carried over from November.
            Dossier("A7", a, Channel.Direct, At(11, 20), At(11, 30, 17), At(12, 3)),     // late
            Dossier("A8", a, Channel.Online, At(11, 25), At(12, 5, 17), At(12, 2)),      // before
            // Unit B.
            Dossier("B1", b, Channel.Online, At(12, 4), At(12, 14, 17), At(12, 6)),      // before
            Dossier("B2", b, Channel.Direct, At(12, 4), At(12, 10, 17), null),           // pending overdue
        ];

        PetitionRow Petition(string id, int unit, DateTimeOffset received, DateTimeOffset? answered) =>
            new(id, received, "provincialPortal", unit, "Phản ánh về thời hạn giải quyết hồ sơ.", null, answered, answered is null ? null : true);
        List<PetitionRow> petitions =
        [
            Petition("P1", a, At(12, 1), At(12, 10)),   // Mon 1 Dec: last day Mon 15 Dec; answered 10 Dec, on time
            Petition("P2", a, At(12, 2), At(12, 22)),   // Tue 2 Dec: last day Tue 16 Dec; answered 22 Dec, late
            Petition("P3", a, At(12, 3), null),         // Wed 3 Dec: last day Wed 17 Dec; unanswered at the end, late
            Petition("P4", a, At(12, 24), null),        // Wed 24 Dec: last day Wed 7 Jan 2026; still open, left out
            Petition("P0", a, At(11, 28), null),        // received before the period: not counted
            Petition("Q1", b, At(12, 5), At(12, 9)),    // Fri 5 Dec: last day Fri 19 Dec; on time
        ];

        var (paid, digitised) = (codes.Indicators["CDS04"], codes.Indicators["CDS05"]);
        List<IndicatorValueRow> values =
        [
            new(paid, new DateOnly(2025, 11, 1), 70m),
            new(paid, new DateOnly(2025, 12, 1), 60m),     // the latest on 31 December 2025
            new(paid, new DateOnly(2026, 1, 1), 90m),      // after the period
            new(digitised, new DateOnly(2025, 12, 1), 45.5m),
        ];

        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var batch = await LoadBatchLog.StartAsync(connection, "service-index-test", "upload", null, CancellationToken.None);
        await new DossierWriter().MergeAsync(connection, "MOTCUA-TEST", dossiers, batch, CancellationToken.None);
        await PetitionWriter.UpsertAsync(connection, "PAKN-TEST", petitions, batch, CancellationToken.None);
        await IndicatorValueWriter.UpsertAsync(connection, values, batch, CancellationToken.None);
        await LoadBatchLog.FinishAsync(connection, batch, dossiers.Count + petitions.Count + values.Count, CancellationToken.None);
        await transaction.CommitAsync();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await _database!.DisposeAsync();
    }
}
