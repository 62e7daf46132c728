using IocDashboard.SeedData;
using IocDashboard.SeedData.History;
using IocDashboard.SeedData.Reference;

namespace IocDashboard.SourceSimulator.Tests.Infrastructure;

/// <summary>The seed generator's own output for the windowed fixture: what a full sync must reproduce.</summary>
public static class SeedWindow
{
    public static readonly DateOnly From = new(2024, 3, 1);
    public static readonly DateOnly To = new(2024, 3, 31);

    private static readonly Lazy<IReadOnlyList<GeneratedDossier>> Window = new(() =>
    {
        var directory = SeedDataDirectory.Locate();
        var seed = DossierHistoryGenerator.Generate(
            ReferenceData.Load(directory), HistorySettings.LoadProfile(directory), HistorySettings.LoadTargets(directory));
        return seed.Dossiers.Where(d => DateOnly.FromDateTime(d.ReceivedAt.DateTime) is var day && day >= From && day <= To).ToList();
    });

    public static IReadOnlyList<GeneratedDossier> Dossiers => Window.Value;

    public static ReferenceData Reference { get; } = ReferenceData.Load(SeedDataDirectory.Locate());
}
