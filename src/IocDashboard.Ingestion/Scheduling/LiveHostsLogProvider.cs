using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;

namespace IocDashboard.Ingestion.Scheduling;

/// <summary>
/// Hangfire's log provider, one per process (Hangfire keeps it in a static), writing to the logging of a host that is
/// still running. Left to AddHangfire, the provider is the logger factory of the host that configured Hangfire last:
/// with several hosts in one process (the integration tests start and stop them side by side), a host stopped beside a
/// running one took its logger factory away, and the running one's next job client, dashboard page or job died of an
/// ObjectDisposedException.
/// </summary>
internal sealed class LiveHostsLogProvider : ILogProvider
{
    public static readonly LiveHostsLogProvider Instance = new();

    private static readonly ILog Nothing = new NoLog();

    private readonly Lock _gate = new();
    private readonly List<ILoggerFactory> _live = [];

    private LiveHostsLogProvider()
    {
    }

    /// <summary>Adds a host's logger factory; disposing the result (before the factory is disposed) takes it away.</summary>
    public Attachment Attach(ILoggerFactory factory)
    {
        lock (_gate)
        {
            _live.Add(factory);
        }

        return new Attachment(this, factory);
    }

    /// <summary>A logger of the most recently started host still running; nothing is logged when none is.</summary>
    public ILog GetLogger(string name)
    {
        while (Latest() is { } factory)
        {
            try
            {
                return new AspNetCoreLogProvider(factory).GetLogger(name);
            }
            catch (ObjectDisposedException)
            {
                // Its host stopped between the choice and the call: forget it and take the next.
                Detach(factory);
            }
        }

        return Nothing;
    }

    private ILoggerFactory? Latest()
    {
        lock (_gate)
        {
            return _live.Count == 0 ? null : _live[^1];
        }
    }

    private void Detach(ILoggerFactory factory)
    {
        lock (_gate)
        {
            _live.Remove(factory);
        }
    }

    /// <summary>A host's place in the provider, held by its services until they are disposed.</summary>
    public sealed class Attachment(LiveHostsLogProvider provider, ILoggerFactory factory) : IDisposable
    {
        public void Dispose() => provider.Detach(factory);
    }

    private sealed class NoLog : ILog
    {
        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
