using IocDashboard.Ingestion.Sources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IocDashboard.Web.Features.Sources;

public sealed record SourceFreshness(
    string Id, SourceKind Kind, string Name, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? NewestRecordAt,
    double FreshnessSlaMinutes, bool Stale, double? MinutesSinceSuccess, string? LastError, long RowsLoaded, long Quarantined);

/// <summary>GET /api/sources: every configured source with its freshness (last success, newest record, SLA, stale).</summary>
internal static class SourceApi
{
    public static IEndpointRouteBuilder MapSourceApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/sources").WithTags("Sources").MapGet("/", Get);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<SourceFreshness>>> Get(
        NpgsqlDataSource dataSource, IOptions<IngestionOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await FreshnessAsync(dataSource, options.Value, clock, cancellationToken));

    public static async Task<IReadOnlyList<SourceFreshness>> FreshnessAsync(
        NpgsqlDataSource dataSource, IngestionOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select s.source_id, s.last_success_at, s.last_attempt_at, s.newest_record_at, s.last_error, s.rows_loaded,
                   (select count(*) from ingest.quarantine q where q.source_id = s.source_id)
            from ingest.source_state s
            """);
        var state = new Dictionary<string, (DateTimeOffset? Success, DateTimeOffset? Attempt, DateTimeOffset? Newest, string? Error, long Rows, long Quarantined)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                DateTimeOffset? At(int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateTimeOffset>(i);
                state[reader.GetString(0)] = (At(1), At(2), At(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt64(5), reader.GetInt64(6));
            }
        }

        var now = clock.GetUtcNow();
        return options.Sources.Where(s => s.Enabled).Select(s =>
        {
            state.TryGetValue(s.Id, out var st);
            var since = st.Success is { } success ? (now - success).TotalMinutes : (double?)null;
            return new SourceFreshness(s.Id, s.Kind, s.Name, st.Success, st.Attempt, st.Newest, s.FreshnessSla.TotalMinutes,
                since is null || since > s.FreshnessSla.TotalMinutes, since is null ? null : Math.Round(since.Value, 1), st.Error, st.Rows, st.Quarantined);
        }).ToList();
    }
}
