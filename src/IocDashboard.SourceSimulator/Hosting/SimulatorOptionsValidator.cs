using IocDashboard.SourceSimulator.Sources;
using Microsoft.Extensions.Options;

namespace IocDashboard.SourceSimulator.Hosting;

/// <summary>Checks the configuration at start, so a typo fails the process instead of a later request.</summary>
internal sealed class SimulatorOptionsValidator : IValidateOptions<SimulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulatorOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add("Simulator:ApiKey is required (environment variable Simulator__ApiKey).");
        }

        if (!(options.Speed >= 0 && options.Speed <= 1_000_000))
        {
            failures.Add("Simulator:Speed must lie between 0 and 1,000,000.");
        }

        if (options.HorizonDays is < 1 or > 3660)
        {
            failures.Add("Simulator:HorizonDays must lie between 1 and 3,660.");
        }

        if (options.HistoryFrom > options.HistoryTo)
        {
            failures.Add("Simulator:HistoryFrom is after Simulator:HistoryTo.");
        }

        if (options.TimeoutHold < TimeSpan.Zero)
        {
            failures.Add("Simulator:TimeoutHold must not be negative.");
        }

        foreach (var id in options.SourceIds().Where(id => !SourceCatalog.IsKnown(id)))
        {
            failures.Add($"Simulator:Sources names an unknown source '{id}'.");
        }

        foreach (var (id, settings) in options.Faults)
        {
            if (!SourceCatalog.IsKnown(id))
            {
                failures.Add($"Simulator:Faults names an unknown source '{id}'.");
            }

            failures.AddRange(settings.Problems().Select(p => $"Simulator:Faults:{id}: {p.Value}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
