using IocDashboard.SeedData.History;
using IocDashboard.SourceSimulator.Live;
using IocDashboard.SourceSimulator.Sources;

namespace IocDashboard.SourceSimulator.Feeds.Dossiers;

/// <summary>One one-stop-shop's share of the history: its dossiers by receipt, and the order of their resolutions.</summary>
internal sealed record DossierSourceHistory(SourceInfo Source, DossierRow[] Rows, int[] ByResolution);

/// <summary>
/// Turns the generated history (about five million dossiers with their planned resolutions) into compact, sorted
/// per-source arrays. The generator's own records are dropped afterwards; only the ids (shared strings) survive.
/// </summary>
internal static class DossierHistory
{
    public static IReadOnlyList<DossierSourceHistory> Build(
        SeedHistory seed, DossierCodes codes, IReadOnlyList<SourceInfo> sources, DateOnly? from, DateOnly? to)
    {
        var index = sources.Select((s, i) => (Code: s.DossierSourceCode!, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var dossiers = seed.Dossiers;

        // Two passes: count first so each source gets one exactly-sized array and no list ever doubles.
        var counts = new int[sources.Count];
        foreach (var d in dossiers)
        {
            if (index.TryGetValue(d.SourceCode, out var s) && InWindow(d, from, to))
            {
                counts[s]++;
            }
            else if (!SourceCatalog.IsKnownDossierSource(d.SourceCode))
            {
                throw new InvalidDataException($"seed dossier {d.ExternalId} comes from {d.SourceCode}, which no source serves");
            }
        }

        var rows = counts.Select(c => new DossierRow[c]).ToArray();
        var filled = new int[sources.Count];
        foreach (var d in dossiers)
        {
            if (index.TryGetValue(d.SourceCode, out var s) && InWindow(d, from, to))
            {
                rows[s][filled[s]++] = ToRow(d, codes);
            }
        }

        return sources.Select((source, s) =>
        {
            var byReceipt = rows[s];
            Array.Sort(byReceipt, (a, b) => a.ReceivedTicks != b.ReceivedTicks ? a.ReceivedTicks.CompareTo(b.ReceivedTicks) : string.CompareOrdinal(a.Id, b.Id));
            var byResolution = Enumerable.Range(0, byReceipt.Length).Where(i => byReceipt[i].IsResolved).ToArray();
            Array.Sort(byResolution, (a, b) =>
                byReceipt[a].ResolvedTicks != byReceipt[b].ResolvedTicks
                    ? byReceipt[a].ResolvedTicks.CompareTo(byReceipt[b].ResolvedTicks)
                    : string.CompareOrdinal(byReceipt[a].Id, byReceipt[b].Id));
            return new DossierSourceHistory(source, byReceipt, byResolution);
        }).ToList();
    }

    private static bool InWindow(in GeneratedDossier d, DateOnly? from, DateOnly? to)
    {
        var day = DateOnly.FromDateTime(d.ReceivedAt.DateTime);
        return (from is null || day >= from) && (to is null || day <= to);
    }

    /// <summary>Seed times carry +07:00, so their clock ticks are already the local ticks the feed keeps.</summary>
    private static DossierRow ToRow(in GeneratedDossier d, DossierCodes codes)
    {
        var received = d.ReceivedAt.ToOffset(SimulatedClock.Offset).Ticks;
        var resolved = d.ResolvedAt?.ToOffset(SimulatedClock.Offset).Ticks ?? 0;
        return new DossierRow(
            d.ExternalId,
            received,
            received,
            d.DueAt.ToOffset(SimulatedClock.Offset).Ticks,
            resolved,
            codes.Unit(d.Unit.Code),
            codes.Procedure(d.Procedure.Code),
            codes.Field(d.Field.Code),
            DossierCodes.Level(d.Level),
            DossierCodes.Channel(d.Channel),
            (byte)d.OnlineLevel);
    }
}
