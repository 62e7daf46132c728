using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Features.Tokens;

/// <summary>
/// Every <see cref="TokenOptions.RevocationCheckInterval"/>, closes this node's wall connections whose kiosk token is no
/// longer live: a token revoked on another node, or revoked here while its connection was still being admitted. A
/// plain timer rather than a Hangfire job: every node must check its own connections, every few seconds.
/// </summary>
internal sealed partial class KioskRevocationWatcher(
    KioskSessions sessions, TokenStore store, IOptions<TokenOptions> options, ILogger<KioskRevocationWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RevocationCheckInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
            {
                // The database is away: the walls keep running on what they have; the next tick asks again.
                LogCheckFailed(logger, e);
            }
        }
    }

    /// <summary>One check: closes the connections of every token that is no longer live; how many were closed.</summary>
    public async Task<int> CheckAsync(CancellationToken ct)
    {
        var ids = sessions.TokenIds();
        if (ids.Count == 0)
        {
            return 0;
        }

        var closed = 0;
        foreach (var id in await store.NotActiveKioskTokensAsync(ids, ct))
        {
            var count = sessions.Abort(id);
            LogClosed(logger, id, count);
            closed += count;
        }

        return closed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} wall connections of revoked kiosk token {TokenId}")]
    private static partial void LogClosed(ILogger logger, long tokenId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the kiosk tokens of live wall connections")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
