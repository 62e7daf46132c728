using IocDashboard.SeedData.History.Present;
using IocDashboard.SeedData.Reference;

namespace IocDashboard.SeedData.History;

/// <summary>
/// The whole dossier history, 2020-01-01 to a last day: the 2020–2024 generator's, then the present-day
/// generator's from 2025-01-01 (the old units to the merger, the new ones after). The history to day D is a
/// prefix of the history to any later day; cut it at an instant with <see cref="SeedHistory.AsOf"/>.
/// </summary>
public static class HistoryGenerator
{
    public static SeedHistory Generate(ReferenceData reference, HistoryProfile profile, HistoryTargets targets, DateOnly lastDay)
    {
        var past = DossierHistoryGenerator.Generate(reference, profile, targets);
        var (present, checks) = PresentHistoryGenerator.Generate(reference, profile, targets, lastDay);
        var all = new GeneratedDossier[past.Dossiers.Count + present.Length];
        var n = 0;
        foreach (var d in past.Dossiers)
        {
            if (DateOnly.FromDateTime(d.ReceivedAt.DateTime) <= lastDay)
            {
                all[n++] = d;
            }
        }

        present.CopyTo(all, n);
        Array.Resize(ref all, n + present.Length);
        return new SeedHistory(all, past.Anchors, checks);
    }
}
