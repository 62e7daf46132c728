using System.Text.Json;
using IocDashboard.SourceSimulator.Faults;
using IocDashboard.SourceSimulator.Live;

namespace IocDashboard.SourceSimulator.Feeds.Dossiers;

/// <summary>
/// The one-stop-shop wire shape: id, unitCode, procedureCode, fieldCode, level, channel, onlineLevel, receivedAt,
/// dueAt, resolvedAt (null while pending), status, updatedAt.
/// </summary>
internal sealed class DossierFormat(DossierCodes codes) : IRecordFormat<DossierRow>
{
    private static readonly JsonEncodedText UnitCode = JsonEncodedText.Encode("unitCode");
    private static readonly JsonEncodedText ProcedureCode = JsonEncodedText.Encode("procedureCode");
    private static readonly JsonEncodedText FieldCode = JsonEncodedText.Encode("fieldCode");
    private static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText Channel = JsonEncodedText.Encode("channel");
    private static readonly JsonEncodedText OnlineLevel = JsonEncodedText.Encode("onlineLevel");
    private static readonly JsonEncodedText ReceivedAt = JsonEncodedText.Encode("receivedAt");
    private static readonly JsonEncodedText DueAt = JsonEncodedText.Encode("dueAt");
    private static readonly JsonEncodedText ResolvedAt = JsonEncodedText.Encode("resolvedAt");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText Pending = JsonEncodedText.Encode("pending");
    private static readonly JsonEncodedText Resolved = JsonEncodedText.Encode("resolved");
    private static readonly JsonEncodedText[] Levels = DossierCodes.LevelNames.Select(n => JsonEncodedText.Encode(n)).ToArray();
    private static readonly JsonEncodedText[] Channels = DossierCodes.ChannelNames.Select(n => JsonEncodedText.Encode(n)).ToArray();

    public string IdOf(in DossierRow record) => record.Id;

    public void WriteProperties(Utf8JsonWriter writer, in DossierRow r)
    {
        writer.WriteString(FeedJson.Id, r.Id);
        writer.WriteString(UnitCode, codes.EncodedUnits[r.Unit]);
        WriteBody(writer, r);
    }

    /// <summary>
    /// Unknown unit: a unit code no org-unit list holds. Impossible dates: resolved two days before it was received.
    /// Missing fields: receivedAt or unitCode (by the id's hash) left out.
    /// </summary>
    public void WriteBogusProperties(Utf8JsonWriter writer, in DossierRow basis, BogusFault fault, string bogusId)
    {
        writer.WriteString(FeedJson.Id, bogusId);
        switch (fault)
        {
            case BogusFault.UnknownUnit:
                writer.WriteString(UnitCode, "ZZ" + codes.UnitCodes[basis.Unit]);
                WriteBody(writer, basis);
                break;
            case BogusFault.ImpossibleDates:
                writer.WriteString(UnitCode, codes.EncodedUnits[basis.Unit]);
                WriteBody(writer, basis with { ResolvedTicks = basis.ReceivedTicks - (2 * TimeSpan.TicksPerDay) });
                break;
            default:
                var dropUnit = (bogusId.Sum(c => (int)c) & 1) == 0;
                if (!dropUnit)
                {
                    writer.WriteString(UnitCode, codes.EncodedUnits[basis.Unit]);
                }

                WriteBody(writer, basis, skipReceivedAt: !dropUnit);
                break;
        }
    }

    private void WriteBody(Utf8JsonWriter writer, in DossierRow r, bool skipReceivedAt = false)
    {
        writer.WriteString(ProcedureCode, codes.EncodedProcedures[r.Procedure]);
        writer.WriteString(FieldCode, codes.EncodedFields[r.Field]);
        writer.WriteString(Level, Levels[r.Level]);
        writer.WriteString(Channel, Channels[r.Channel]);
        writer.WriteNumber(OnlineLevel, r.OnlineLevel);
        if (!skipReceivedAt)
        {
            writer.WriteString(ReceivedAt, SimulatedClock.FromLocalTicks(r.ReceivedTicks));
        }

        writer.WriteString(DueAt, SimulatedClock.FromLocalTicks(r.DueTicks));
        if (r.IsResolved)
        {
            writer.WriteString(ResolvedAt, SimulatedClock.FromLocalTicks(r.ResolvedTicks));
            writer.WriteString(Status, Resolved);
        }
        else
        {
            writer.WriteNull(ResolvedAt);
            writer.WriteString(Status, Pending);
        }

        writer.WriteString(FeedJson.UpdatedAt, SimulatedClock.FromLocalTicks(r.UpdatedTicks));
    }
}
