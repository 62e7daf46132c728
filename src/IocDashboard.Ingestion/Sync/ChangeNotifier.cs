using Npgsql;

namespace IocDashboard.Ingestion.Sync;

/// <summary>
/// NOTIFY ioc_changes inside the page's transaction: PostgreSQL delivers it only when the transaction commits,
/// so a listener never hears of a change it cannot read yet, nor of one that was rolled back.
/// </summary>
public static class ChangeNotifier
{
    public const string Channel = "ioc_changes";

    // NOTIFY payloads are limited to 8000 bytes; past that many units the listener recomputes the province.
    private const int MaxUnitsListed = 200;

    public static async Task NotifyAsync(NpgsqlConnection connection, ChangeNotice notice, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { Notify(notice) } };
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The NOTIFY as one command of a batch (a sync sends it with the page's closing statements).</summary>
    public static NpgsqlBatchCommand Notify(ChangeNotice notice)
    {
        var payload = notice.Units.Count > MaxUnitsListed ? notice with { Units = ["*"] } : notice;
        var command = new NpgsqlBatchCommand("select pg_notify(@channel, @payload)");
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("payload", payload.ToJson());
        return command;
    }
}
