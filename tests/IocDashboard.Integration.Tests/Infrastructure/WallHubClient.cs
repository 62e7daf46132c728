using System.Text.Json;
using System.Threading.Channels;
using IocDashboard.Web.Features.Wall;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>
/// A wall screen on /hubs/wall through the in-memory test server, with the SignalR .NET client over WebSockets
/// (as the browsers connect). The server's <see cref="IWallClient"/> calls arrive as its own records and wait in
/// queues for the test; the connection's end is kept with the error the server closed it with.
/// </summary>
public sealed class WallHubClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<WallSnapshot> _snapshots = Channel.CreateUnbounded<WallSnapshot>();
    private readonly Channel<WallUpdate> _updates = Channel.CreateUnbounded<WallUpdate>();
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WallHubClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<WallSnapshot>(nameof(IWallClient.Snapshot), snapshot => _snapshots.Writer.TryWrite(snapshot));
        _connection.On<WallUpdate>(nameof(IWallClient.PanelsChanged), update => _updates.Writer.TryWrite(update));
        _connection.Closed += error =>
        {
            _closed.TrySetResult(error);
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// Connects as the screen <paramref name="screen"/>; the handshake must complete within <paramref name="timeout"/>.
    /// <paramref name="query"/> is appended to the hub's address ("access_token=…"); <paramref name="cookie"/> is sent as the
    /// Cookie header of the WebSocket request, as a browser sends the page's cookies; <paramref name="bearer"/> an API token
    /// (a script watching the wall). Without any, the hub refuses the handshake.
    /// </summary>
    public static async Task<WallHubClient> ConnectAsync(
        TestServer server, string screen, TimeSpan timeout, string? query = null, string? cookie = null, string? bearer = null)
    {
        var address = "hubs/wall?screen=" + Uri.EscapeDataString(screen) + (query is null ? "" : "&" + query);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, address), options =>
            {
                // The test server has no sockets: the WebSocket comes from its in-memory client, without negotiation.
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, ct) =>
                {
                    var client = server.CreateWebSocketClient();
                    client.ConfigureRequest = request =>
                    {
                        if (cookie is not null)
                        {
                            request.Headers.Cookie = cookie;
                        }

                        if (bearer is not null)
                        {
                            request.Headers.Authorization = "Bearer " + bearer;
                        }
                    };

                    return await client.ConnectAsync(context.Uri, ct);
                };
            })
            .Build();
        var client = new WallHubClient(connection);
        using var deadline = new CancellationTokenSource(timeout);
        await connection.StartAsync(deadline.Token);
        return client;
    }

    public Task<WallSnapshot> NextSnapshotAsync(TimeSpan timeout) => NextAsync(_snapshots, timeout);

    public Task<WallUpdate> NextUpdateAsync(TimeSpan timeout) => NextAsync(_updates, timeout);

    /// <summary>The error the connection ended with (null for a clean close), once it has ended.</summary>
    public Task<Exception?> ClosedAsync(TimeSpan timeout) => _closed.Task.WaitAsync(timeout);

    public Task RequestSnapshotAsync() => _connection.InvokeAsync(nameof(WallHub.RequestSnapshot));

    /// <summary>A panel as it came over the wire (panels are anonymous objects on the server).</summary>
    public static JsonElement Panel(IReadOnlyDictionary<string, object> panels, string name) => Assert.IsType<JsonElement>(panels[name]);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static async Task<T> NextAsync<T>(Channel<T> messages, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        return await messages.Reader.ReadAsync(deadline.Token);
    }
}
