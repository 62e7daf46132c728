using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>
/// A SignalR client speaking the JSON hub protocol over a raw WebSocket (the .NET client package cannot be
/// restored here, STACK.md): negotiate, handshake, then records separated by 0x1E. Invocations from the
/// server are queued for the test to await.
/// </summary>
public sealed class SignalRJsonClient : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly WebSocket _socket;
    private readonly System.Threading.Channels.Channel<JsonElement> _messages = System.Threading.Channels.Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;

    private SignalRJsonClient(WebSocket socket)
    {
        _socket = socket;
        _reader = Task.Run(ReadLoopAsync);
    }

    public static async Task<SignalRJsonClient> ConnectAsync(TestServer server, string hubPath, string query)
    {
        using var http = server.CreateClient();
        using var negotiate = await http.PostAsync(new Uri($"{hubPath}/negotiate?negotiateVersion=1&{query}", UriKind.Relative), null);
        negotiate.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync()).RootElement.GetProperty("connectionToken").GetString();
        var socket = await server.CreateWebSocketClient().ConnectAsync(new Uri($"ws://localhost{hubPath}?{query}&id={token}"), CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}" + Separator), WebSocketMessageType.Text, true, CancellationToken.None);
        var client = new SignalRJsonClient(socket);
        var handshake = await client.NextAsync(TimeSpan.FromSeconds(10));
        if (handshake.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException("handshake refused: " + error);
        }

        return client;
    }

    /// <summary>The next invocation of <paramref name="target"/> (case-insensitive), skipping pings; its first argument.</summary>
    public async Task<JsonElement> ReceiveAsync(string target, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var message = await NextAsync(deadline - DateTime.UtcNow);
            var type = message.TryGetProperty("type", out var t) ? t.GetInt32() : 0;
            if (type == 7)
            {
                throw new InvalidOperationException("the server closed the connection: " + message);
            }

            if (type == 1 && string.Equals(message.GetProperty("target").GetString(), target, StringComparison.OrdinalIgnoreCase))
            {
                return message.GetProperty("arguments")[0];
            }
        }
    }

    /// <summary>The next message of any kind (a close message included).</summary>
    public async Task<JsonElement> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout > TimeSpan.Zero ? timeout : TimeSpan.FromMilliseconds(1));
        return await _messages.Reader.ReadAsync(cts.Token);
    }

    public Task SendAsync(string target, params object[] arguments) =>
        _socket.SendAsync(
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type = 1, target, arguments }) + Separator),
            WebSocketMessageType.Text, true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is ObjectDisposedException or WebSocketException)
        {
            // The server closed it first (an unknown screen, a test host shutting down).
        }

        try
        {
            await _reader;
        }
        catch (OperationCanceledException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        var pending = new StringBuilder();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                var text = pending.ToString();
                var last = text.LastIndexOf(Separator);
                if (last < 0)
                {
                    continue;
                }

                foreach (var record in text[..last].Split(Separator, StringSplitOptions.RemoveEmptyEntries))
                {
                    await _messages.Writer.WriteAsync(JsonDocument.Parse(record).RootElement.Clone());
                }

                pending.Clear().Append(text[(last + 1)..]);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            _messages.Writer.TryComplete();
        }
    }
}
