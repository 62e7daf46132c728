using IocDashboard.Ingestion.Sync;

namespace IocDashboard.Integration.Tests.Features.Ingestion;

/// <summary>The gate in front of the warehouse: a few merges at once, the biggest backlog served first.</summary>
public sealed class MergeGateTests
{
    [Fact]
    public async Task No_more_than_its_slots_are_held_and_a_freed_slot_goes_to_the_biggest_backlog()
    {
        var gate = new MergeGate(2);
        var first = await gate.EnterAsync(10, CancellationToken.None);
        var second = await gate.EnterAsync(10, CancellationToken.None);

        var small = gate.EnterAsync(5, CancellationToken.None);
        var big = gate.EnterAsync(5_000, CancellationToken.None);
        var middle = gate.EnterAsync(50, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(small.IsCompleted || big.IsCompleted || middle.IsCompleted);

        first.Dispose();
        var bigSlot = await big.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(small.IsCompleted || middle.IsCompleted);

        second.Dispose();
        second.Dispose(); // a second release of the same slot frees nothing more
        var middleSlot = await middle.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(50);
        Assert.False(small.IsCompleted);

        bigSlot.Dispose();
        (await small.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        middleSlot.Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_queue_and_takes_no_slot()
    {
        var gate = new MergeGate(1);
        var held = await gate.EnterAsync(1, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = gate.EnterAsync(1_000, cancel.Token);
        var waiting = gate.EnterAsync(1, CancellationToken.None);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

        held.Dispose();
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        (await gate.EnterAsync(1, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }
}
