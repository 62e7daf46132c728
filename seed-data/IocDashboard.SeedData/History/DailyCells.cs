using System.Globalization;
using IocDashboard.SeedData.Reference;

namespace IocDashboard.SeedData.History;

/// <summary>The steps both generators share: sharing out an anchor's received total, and turning a draft into a dossier.</summary>
internal static class DailyCells
{
    /// <summary>
    /// Sets the counts of an anchor's cells [stream, day] so that they sum to <paramref name="received"/>: cells an
    /// earlier anchor fixed keep their counts, the others share the rest in proportion to their weights (exact,
    /// largest remainder, in the order given), and become fixed.
    /// </summary>
    public static void ShareOut(
        string anchorId, long received, IEnumerable<(int Stream, int Day)> scopeCells, double[,] weight, int[,] counts, bool[,] fixedCell)
    {
        var cells = new List<(int Stream, int Day)>();
        var remaining = received;
        foreach (var (s, d) in scopeCells)
        {
            if (fixedCell[s, d])
            {
                remaining -= counts[s, d];
            }
            else
            {
                cells.Add((s, d));
            }
        }

        if (remaining < 0 || cells.Count == 0)
        {
            throw new InvalidDataException($"anchor {anchorId}: earlier anchors leave no room for {received} dossiers");
        }

        var share = DossierHistoryGenerator.Apportion(remaining, cells.Select(c => weight[c.Stream, c.Day]).ToArray());
        for (var i = 0; i < cells.Count; i++)
        {
            counts[cells[i].Stream, cells[i].Day] = (int)share[i];
            fixedCell[cells[i].Stream, cells[i].Day] = true;
        }
    }

    /// <summary>A draft as a one-stop-shop system reports it: its id is the unit, the day and the day's sequence number.</summary>
    public static GeneratedDossier ToDossier(in DossierDraft d, DossierStream stream, ReferenceData reference)
    {
        var offset = TimeSpan.FromHours(7);
        var unit = reference.OrgUnits[d.Unit];
        var received = new DateTimeOffset(d.Received, offset);
        return new GeneratedDossier(
            stream.SourceCode,
            string.Create(CultureInfo.InvariantCulture, $"{unit.Code}-{received:yyMMdd}-{d.Sequence:D4}"),
            unit,
            reference.Procedures[d.Procedure],
            reference.Fields[d.Field],
            stream.Level,
            d.Channel switch { 0 => "direct", 1 => "postal", _ => "online" },
            d.OnlineLevel,
            received,
            new DateTimeOffset(d.Due, offset),
            new DateTimeOffset(d.Resolved, offset));
    }
}
