using System.Globalization;
using IocDashboard.Web.Features.Wall;
using Microsoft.AspNetCore.SignalR.Client;

namespace IocDashboard.Bench;

/// <summary>
/// N wall screens on /hubs/wall?screen=main, each a SignalR .NET client with its defaults (negotiate, then
/// WebSockets), as many connecting at once as <see cref="ConnectingAtOnce"/>. A screen counts as open once its
/// snapshot has arrived (it has joined its group by then). Opening all of them and closing them again are both
/// bounded in time, so the bench ends by itself whatever the server does.
/// </summary>
internal sealed class WallScreens : IAsyncDisposable
{
    private const int ConnectingAtOnce = 50;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(30);
    private readonly List<HubConnection> _connections = [];
    private int _open;
    private int _closed;
    private volatile bool _closing;

    /// <summary>Screens whose connection ended before the bench closed it (a server timeout, a dropped socket).</summary>
    public int Dropped => Volatile.Read(ref _closed);

    /// <summary>Opens <paramref name="count"/> screens; each update goes to <paramref name="onUpdate"/> on its connection's receive loop.</summary>
    public static async Task<WallScreens> OpenAsync(string baseUrl, int count, Action<WallUpdate> onUpdate, TimeSpan timeout)
    {
        var screens = new WallScreens();
        var hub = new Uri(new Uri(baseUrl), "/hubs/wall?screen=main");
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = ConnectingAtOnce, CancellationToken = deadline.Token },
                async (_, ct) => await screens.OpenOneAsync(hub, onUpdate, ct));
        }
        catch (Exception ex)
        {
            var open = screens._open;
            await screens.DisposeAsync();
            if (ex is OperationCanceledException && deadline.IsCancellationRequested)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"only {open} of {count} wall connections opened within {timeout.TotalSeconds:F0} s"));
            }

            throw;
        }

        return screens;
    }

    /// <summary>Closes every connection, waiting at most <see cref="CloseTimeout"/> for them all.</summary>
    public async ValueTask DisposeAsync()
    {
        _closing = true;
        List<HubConnection> connections;
        lock (_connections)
        {
            connections = [.. _connections];
            _connections.Clear();
        }

        try
        {
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask())).WaitAsync(CloseTimeout);
        }
        catch (TimeoutException)
        {
            Console.Error.WriteLine($"wall-fanout: the connections did not all close within {CloseTimeout.TotalSeconds:F0} s; leaving them to the process's exit");
        }
    }

    private async Task OpenOneAsync(Uri hub, Action<WallUpdate> onUpdate, CancellationToken ct)
    {
        var connection = new HubConnectionBuilder().WithUrl(hub, options => options.AccessTokenProvider = () => Task.FromResult<string?>(BenchCaller.Token)).Build();
        var snapshot = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<WallSnapshot>(nameof(IWallClient.Snapshot), _ => snapshot.TrySetResult());
        connection.On(nameof(IWallClient.PanelsChanged), onUpdate);
        connection.Closed += _ =>
        {
            if (!_closing)
            {
                Interlocked.Increment(ref _closed);
            }

            return Task.CompletedTask;
        };
        lock (_connections)
        {
            _connections.Add(connection); // before starting: a connection that times out half-open is closed too
        }

        await connection.StartAsync(ct);
        await snapshot.Task.WaitAsync(ct);
        Interlocked.Increment(ref _open);
    }
}
