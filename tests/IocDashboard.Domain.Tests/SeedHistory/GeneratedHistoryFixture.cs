using IocDashboard.SeedData;
using IocDashboard.SeedData.History;
using IocDashboard.SeedData.Reference;

namespace IocDashboard.Domain.Tests.SeedHistory;

/// <summary>The seed history generated once, in memory, for the tests that read it.</summary>
public sealed class GeneratedHistoryFixture
{
    public GeneratedHistoryFixture()
    {
        var directory = SeedDataDirectory.Locate();
        Reference = ReferenceData.Load(directory);
        Profile = HistorySettings.LoadProfile(directory);
        Targets = HistorySettings.LoadTargets(directory);
        History = DossierHistoryGenerator.Generate(Reference, Profile, Targets);
        var units = Reference.OrgUnits.ToDictionary(u => u.Code);
        Ancestors = units.Values.ToDictionary(u => u.Code, u =>
        {
            var chain = new HashSet<string>();
            for (OrgUnitRow? x = u; x is not null; x = x.ParentCode is { } p ? units[p] : null)
            {
                chain.Add(x.Code);
            }

            return chain;
        });
    }

    public ReferenceData Reference { get; }

    public HistoryProfile Profile { get; }

    public HistoryTargets Targets { get; }

    public SeedData.History.SeedHistory History { get; }

    /// <summary>Each unit's code with the codes of every unit above it.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Ancestors { get; }
}
