namespace IocDashboard.Ingestion.Sync;

/// <summary>
/// Lets at most a few pages merge into the warehouse at once, across all sources, and gives a free slot to the
/// waiting source with the most work left (longest remaining work first). Under fair sharing the biggest feed
/// (the service centre's) advances at the pace of the smallest and then finishes alone on one core; first in
/// line, it runs beside the others and the machine stays busy to the end.
/// </summary>
public sealed class MergeGate(int slots)
{
    private readonly object _lock = new();
    private readonly List<Waiter> _waiting = [];
    private int _free = slots;

    public async Task<IDisposable> EnterAsync(double remainingWork, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_lock)
        {
            if (_free > 0)
            {
                _free--;
                return new Slot(this);
            }

            waiter = new Waiter(remainingWork);
            _waiting.Add(waiter);
        }

        await using (cancellationToken.Register(() => Cancel(waiter)))
        {
            await waiter.Granted.Task;
        }

        return new Slot(this);
    }

    private void Cancel(Waiter waiter)
    {
        lock (_lock)
        {
            if (!_waiting.Remove(waiter))
            {
                return; // already granted: its slot is released by its owner
            }
        }

        waiter.Granted.TrySetCanceled();
    }

    private void Release()
    {
        Waiter next;
        lock (_lock)
        {
            if (_waiting.Count == 0)
            {
                _free++;
                return;
            }

            next = _waiting.MaxBy(w => w.RemainingWork)!;
            _waiting.Remove(next);
        }

        next.Granted.TrySetResult();
    }

    private sealed record Waiter(double RemainingWork)
    {
        public TaskCompletionSource Granted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Slot(MergeGate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
