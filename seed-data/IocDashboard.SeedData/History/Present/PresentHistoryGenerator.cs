using System.Globalization;
using IocDashboard.SeedData.Reference;

namespace IocDashboard.SeedData.History.Present;

/// <summary>
/// Generates the dossiers received from profile.json's present.from (2025-01-01) to a last day. Every day draws
/// from random streams of its own, so a day's dossiers do not depend on how many days follow it; the published
/// figures after the merger (targets.json "present") are met by the days of their periods, which are generated
/// whole whatever the last day. Together: the history to day D is a prefix of the history to day D + 1.
/// </summary>
internal static class PresentHistoryGenerator
{
    // What a day's random stream is for: its counts, its dossiers, the anchors whose period ends that day (+ index).
    internal const int CountStream = 1;
    internal const int DossierStream = 2;
    private const int AnchorStream = 3;

    public static (GeneratedDossier[] Dossiers, IReadOnlyList<WorkloadAnchorCheck> Checks) Generate(
        ReferenceData reference, HistoryProfile profile, HistoryTargets targets, DateOnly lastDay)
    {
        var present = profile.Present;
        if (lastDay < present.From)
        {
            return ([], []);
        }

        var anchors = targets.Present;
        var horizon = anchors.Select(a => a.To).Append(lastDay).Max();
        var streams = PresentStreams.Build(reference, profile);
        var scopes = new AnchorScopes(reference, streams.All);
        var volumes = new PresentVolumes(profile, streams, horizon);
        var counts = volumes.DailyCounts(anchors, scopes);
        var drafter = new PresentDrafter(reference, profile, streams);
        var (drafts, dayStart) = drafter.Draft(counts);

        var adjuster = new WorkloadAdjuster(drafts, streams, scopes);
        for (var a = 0; a < anchors.Count; a++)
        {
            adjuster.Apply(anchors[a], Rng(present.Seed, anchors[a].To, AnchorStream + a));
        }

        var checks = anchors.Select(adjuster.Check).ToList();
        var kept = dayStart[Math.Min(lastDay.DayNumber - present.From.DayNumber + 1, dayStart.Length - 1)];
        return (drafter.Emit(drafts, kept), checks);
    }

    /// <summary>A day's own random stream: the same for that day whatever else is generated.</summary>
    internal static Random Rng(int seed, DateOnly day, int purpose) =>
        new(unchecked((seed * 1_000_003) + (day.DayNumber * 31) + purpose));
}
