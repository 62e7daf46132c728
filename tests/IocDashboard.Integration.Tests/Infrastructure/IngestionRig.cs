using System.Net.Http.Json;
using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.Sync;
using IocDashboard.SeedData;
using IocDashboard.Seeding;
using IocDashboard.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>
/// A source simulator process and warehouses to sync from it: the pieces the ingestion tests put together.
/// The simulator serves a small window of the seed history so that a full sync takes seconds.
/// </summary>
public static class IngestionRig
{
    public const string ApiKey = "test-key-not-a-secret";

    public static Task<ProcessHost> StartSimulatorAsync(string historyFrom, string historyTo, IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Simulator__ApiKey"] = ApiKey,
            ["Simulator__Live"] = "false",
            ["Simulator__HistoryFrom"] = historyFrom,
            ["Simulator__HistoryTo"] = historyTo,
            ["Simulator__TimeoutHold"] = "00:00:02",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return ProcessHost.StartAsync("IocDashboard.SourceSimulator", environment);
    }

    /// <summary>Settings that point the connectors at the simulator with short timeouts and quick retries.</summary>
    public static Dictionary<string, string?> ConnectorSettings(Uri simulator) => new()
    {
        ["Ingestion:DefaultBaseUrl"] = simulator.ToString(),
        ["Ingestion:ApiKey"] = ApiKey,
        ["Ingestion:RequestTimeout"] = "00:00:01",
        ["Ingestion:RetryBaseDelay"] = "00:00:00.020",
        ["Ingestion:RequestRetries"] = "12",
    };

    /// <summary>A migrated warehouse holding only the dimensions, as before a first sync.</summary>
    public static async Task<TestDatabase> EmptyWarehouseAsync(string prefix)
    {
        var database = await TestDatabase.CreateAsync(prefix);
        await using var factory = new DashboardFactory(database.ConnectionString);
        await factory.Services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
        await factory.Services.GetRequiredService<SeedLoader>().LoadDimensionsAsync(SeedDataDirectory.Locate(), CancellationToken.None);
        return database;
    }

    /// <summary>Syncs every configured source until it completes (a failed run is retried, as the job's retry policy would).</summary>
    public static async Task<IReadOnlyList<SyncResult>> SyncAllAsync(DashboardFactory factory, int attempts = 6)
    {
        var sync = factory.Services.GetRequiredService<SourceSync>();
        var sources = factory.Services.GetRequiredService<IOptions<IngestionOptions>>().Value.Sources.Where(s => s.Enabled);
        return await Task.WhenAll(sources.Select(async source =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await sync.RunAsync(source.Id, null, CancellationToken.None);
                }
                catch (Exception) when (attempt < attempts)
                {
                    // The next run resumes from the watermark of the last committed page.
                }
            }
        }));
    }

    /// <summary>
    /// A digest of everything the sources deliver, independent of surrogate ids and load batches: two warehouses
    /// with the same digests hold the same facts.
    /// </summary>
    public static async Task<Dictionary<string, string>> DigestAsync(string connectionString)
    {
        var queries = new Dictionary<string, string>
        {
            ["dossiers"] = """
                select s.code || d.external_id || u.code || p.code || d.level || d.channel || d.online_level
                       || d.received_at || d.due_at || coalesce(d.resolved_at::text, '-') || d.status
                from core.dossiers d join core.dossier_sources s on s.id = d.source_id
                     join core.org_units u on u.id = d.unit_id join core.procedures p on p.id = d.procedure_id
                """,
            ["rollups"] = """
                select r.day || u.code || r.field_id || r.channel || r.level || r.received || r.resolved_on_time || r.resolved_late || r.resolved_full_online
                from core.dossier_daily_rollups r join core.org_units u on u.id = r.unit_id where r.received <> 0
                """,
            ["monthly"] = """
                select r.month || u.code || r.field_id || r.channel || r.level || r.received || r.resolved_on_time || r.resolved_late || r.resolved_full_online
                from core.dossier_monthly_rollups r join core.org_units u on u.id = r.unit_id where r.received <> 0
                """,
            ["workload"] = """
                select r.day || u.code || r.field_id || r.level || '|' || r.received || '|' || r.received_online
                       || '|' || r.before_deadline || '|' || r.on_deadline || '|' || r.late
                from core.dossier_workload_daily_rollups r join core.org_units u on u.id = r.unit_id
                where r.received <> 0 or r.received_online <> 0 or r.before_deadline <> 0 or r.on_deadline <> 0 or r.late <> 0
                """,
            ["workloadWeekly"] = """
                select r.week || u.code || r.field_id || r.level || '|' || r.received || '|' || r.received_online
                       || '|' || r.before_deadline || '|' || r.on_deadline || '|' || r.late
                from core.dossier_workload_weekly_rollups r join core.org_units u on u.id = r.unit_id
                where r.received <> 0 or r.received_online <> 0 or r.before_deadline <> 0 or r.on_deadline <> 0 or r.late <> 0
                """,
            ["workloadMonthly"] = """
                select r.month || u.code || r.field_id || r.level || '|' || r.received || '|' || r.received_online
                       || '|' || r.before_deadline || '|' || r.on_deadline || '|' || r.late
                from core.dossier_workload_monthly_rollups r join core.org_units u on u.id = r.unit_id
                where r.received <> 0 or r.received_online <> 0 or r.before_deadline <> 0 or r.on_deadline <> 0 or r.late <> 0
                """,
            ["tasks"] = """
                select t.code || t.title || t.deadline || coalesce(string_agg(e.kind || e.occurred_on, ',' order by e.kind, e.occurred_on), '')
                from core.reform_tasks t left join core.reform_task_events e on e.task_id = t.id group by t.id
                """,
            ["indicators"] = "select i.code || v.period || v.value from core.dx_indicator_values v join core.dx_indicators i on i.id = v.indicator_id",
            ["feedback"] = """
                select f.external_id || f.received_at || f.channel || u.code || coalesce(f.forwarded_at::text, '-')
                       || coalesce(f.answered_at::text, '-') || coalesce(f.answered_online::text, '-')
                from core.feedback_items f join core.org_units u on u.id = f.unit_id
                """,
        };
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var digests = new Dictionary<string, string>();
        foreach (var (name, sql) in queries)
        {
            await using var command = new NpgsqlCommand($"select count(*) || ':' || coalesce(md5(string_agg(x, '|' order by x)), '') from ({sql}) as t(x)", connection);
            digests[name] = (string)(await command.ExecuteScalarAsync())!;
        }

        return digests;
    }

    public static async Task<T> GetAdminAsync<T>(ProcessHost simulator, string path)
    {
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return (await http.GetFromJsonAsync<T>(new Uri(path, UriKind.Relative)))!;
    }

    public static async Task PutFaultsAsync(ProcessHost simulator, string sourceId, object settings)
    {
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        using var response = await http.PutAsJsonAsync(new Uri($"/admin/faults/{sourceId}", UriKind.Relative), settings);
        response.EnsureSuccessStatusCode();
    }
}
