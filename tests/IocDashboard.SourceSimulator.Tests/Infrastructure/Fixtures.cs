namespace IocDashboard.SourceSimulator.Tests.Infrastructure;

/// <summary>
/// Every source, dossiers received in March 2024 only, no live activity, a frozen clock, and a one-second hold
/// for timeout faults. Shared by a collection whose tests run one after another, since faults are process state.
/// </summary>
public sealed class WindowedSimulator() : SimulatorFactory(new Dictionary<string, string>
{
    ["Simulator:HistoryFrom"] = SeedWindow.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    ["Simulator:HistoryTo"] = SeedWindow.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    ["Simulator:Live"] = "false",
    ["Simulator:TimeoutHold"] = "00:00:01",
});

[CollectionDefinition(Name)]
public sealed class WindowedGroup : ICollectionFixture<WindowedSimulator>
{
    public const string Name = "Windowed simulator";
}

/// <summary>
/// Live mode at 60× on a hand-moved clock from the last morning of 2025: the provincial centre and the communes'
/// one-stop system (dossiers received from 20 December 2025), and PAKN.
/// </summary>
public sealed class LiveSimulator() : SimulatorFactory(new Dictionary<string, string>
{
    ["Simulator:HistoryFrom"] = "2025-12-20",
    ["Simulator:LiveStart"] = Start.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    ["Simulator:Live"] = "true",
    ["Simulator:Speed"] = "60",
    ["Simulator:Sources:0"] = "motcua-ttpvhcc,motcua-xa",
    ["Simulator:Sources:1"] = "pakn",
})
{
    public static readonly DateTimeOffset Start = new(2025, 12, 31, 8, 0, 0, TimeSpan.FromHours(7));
}

/// <summary>
/// Tasks, indicators and petitions only (no dossier generation), with the clock started mid-2024 so that dates
/// ahead of it are hidden, and a fault configured at start.
/// </summary>
public sealed class ReferenceSimulator() : SimulatorFactory(new Dictionary<string, string>
{
    ["Simulator:Sources:0"] = "nhiemvu",
    ["Simulator:Sources:1"] = "chitieu",
    ["Simulator:Sources:2"] = "pakn",
    ["Simulator:LiveStart"] = "2024-06-15T10:00:00+07:00",
    ["Simulator:Live"] = "false",
    ["Simulator:Speed"] = "60",
    ["Simulator:Faults:pakn:extraFieldsRate"] = "1",
});
