using IocDashboard.SeedData.History;
using IocDashboard.SeedData.Reference;
using IocDashboard.SourceSimulator.Live;
using IocDashboard.SourceSimulator.Sources;

namespace IocDashboard.SourceSimulator.Feeds.Dossiers;

/// <summary>One one-stop-shop's share of the seed: its dossiers in feed order and the shape of its live arrivals.</summary>
internal sealed record DossierSourceHistory(SourceInfo Source, DossierRow[] Rows, DossierTemplates Templates);

/// <summary>
/// Turns the generated seed history (about two million dossiers) into compact, sorted per-source arrays. The
/// generator's own records are dropped afterwards; only the ids (shared strings) survive.
/// </summary>
internal static class DossierHistory
{
    public static IReadOnlyList<DossierSourceHistory> Build(
        SeedHistory seed, DossierCodes codes, IReadOnlyList<SourceInfo> sources, DateOnly? from, DateOnly? to, int templateYear)
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
        var templates = sources.Select(_ => new DossierTemplates.Builder(templateYear)).ToArray();
        foreach (var d in dossiers)
        {
            if (!index.TryGetValue(d.SourceCode, out var s))
            {
                continue;
            }

            var row = ToRow(d, codes);
            if (d.ReceivedAt.Year == templateYear)
            {
                templates[s].Add(row);
            }

            if (InWindow(d, from, to))
            {
                rows[s][filled[s]++] = row;
            }
        }

        return sources.Select((source, s) =>
        {
            Array.Sort(rows[s], DossierRowComparer.Instance);
            return new DossierSourceHistory(source, rows[s], templates[s].Build());
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
            resolved != 0 ? resolved : received,
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
