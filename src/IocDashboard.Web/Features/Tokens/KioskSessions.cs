namespace IocDashboard.Web.Features.Tokens;

/// <summary>
/// The live connections of this node that came in with a kiosk token, by token id, each with the way to close it.
/// Revoking a token here closes its connections at once (<see cref="TokenIssuer"/>); for tokens revoked on another
/// node, <see cref="KioskRevocationWatcher"/> asks the database every few seconds. Knows nothing of SignalR: the
/// wall hub adds a connection with its abort.
/// </summary>
public sealed class KioskSessions
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Dictionary<string, Action>> _byToken = [];

    /// <summary>Adds a connection; disposing the result removes it (when the connection ends).</summary>
    public IDisposable Add(long tokenId, string connectionId, Action abort)
    {
        lock (_gate)
        {
            if (!_byToken.TryGetValue(tokenId, out var connections))
            {
                _byToken[tokenId] = connections = [];
            }

            connections[connectionId] = abort;
        }

        return new Registration(this, tokenId, connectionId);
    }

    /// <summary>The tokens that have a live connection on this node.</summary>
    public IReadOnlyList<long> TokenIds()
    {
        lock (_gate)
        {
            return [.. _byToken.Keys];
        }
    }

    /// <summary>Closes every connection of the token on this node; how many there were.</summary>
    public int Abort(long tokenId)
    {
        List<Action> aborts;
        lock (_gate)
        {
            if (!_byToken.Remove(tokenId, out var connections))
            {
                return 0;
            }

            aborts = [.. connections.Values];
        }

        // Outside the lock: an abort may end its connection synchronously, which removes it again.
        foreach (var abort in aborts)
        {
            abort();
        }

        return aborts.Count;
    }

    private void Remove(long tokenId, string connectionId)
    {
        lock (_gate)
        {
            if (_byToken.TryGetValue(tokenId, out var connections) && connections.Remove(connectionId) && connections.Count == 0)
            {
                _byToken.Remove(tokenId);
            }
        }
    }

    private sealed class Registration(KioskSessions sessions, long tokenId, string connectionId) : IDisposable
    {
        public void Dispose() => sessions.Remove(tokenId, connectionId);
    }
}
