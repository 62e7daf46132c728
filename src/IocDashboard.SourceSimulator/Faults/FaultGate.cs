namespace IocDashboard.SourceSimulator.Faults;

/// <summary>The part of a request's faults that strikes before any data is read: latency, errors, holding.</summary>
internal static class FaultGate
{
    /// <returns>The failure to answer with, or null to go on and answer normally.</returns>
    public static async Task<IResult?> BeforeAsync(HttpContext context, RequestFaults faults, TimeSpan timeoutHold)
    {
        var cancellation = context.RequestAborted;
        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, cancellation);
        }

        if (faults.ErrorStatus is { } status)
        {
            return Hosting.SourceProblems.InjectedError(status);
        }

        if (faults.Timeout)
        {
            // Hold the request past any sensible client timeout; a client that waits still gets a normal answer.
            await Task.Delay(timeoutHold, cancellation);
        }

        return null;
    }
}
