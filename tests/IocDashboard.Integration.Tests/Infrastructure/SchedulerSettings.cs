namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>Settings that turn the scheduled pulls on for a test host, with only the sources the test names.</summary>
public static class SchedulerSettings
{
    /// <summary>
    /// The scheduler on, none of appsettings.json's sources (configuration can override an array entry, not remove
    /// it, so they are switched off by index) and no catch-up run at start unless asked.
    /// </summary>
    public static Dictionary<string, string?> WithoutConfiguredSources(bool catchUpAtStart = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ingestion:Enabled"] = "true",
            ["Ingestion:CatchUpAtStart"] = catchUpAtStart ? "true" : "false",
        };
        for (var i = 0; i < 64; i++)
        {
            settings[$"Ingestion:Sources:{i}:Enabled"] = "false";
        }

        return settings;
    }

    /// <summary>Waits for a condition, polling, up to a generous timeout; the machine may be busy.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"not within {timeout}: {describe()}");
            }

            await Task.Delay(200);
        }
    }
}
