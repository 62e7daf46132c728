using System.Text.Json;
using IocDashboard.SourceSimulator.Faults;
using IocDashboard.SourceSimulator.Live;
using IocDashboard.SourceSimulator.Sources;

namespace IocDashboard.SourceSimulator.Feeds.Petitions;

/// <summary>
/// The citizen-feedback system (pakn): the seed petitions, which run to the present and whose steps ahead of the clock
/// stay hidden, plus, in live mode, new ones after the last seed day (<see cref="PetitionActivity"/>). A petition sits
/// in the feed at its latest visible step (received, forwarded or answered).
/// </summary>
internal sealed class PetitionFeed(SourceInfo source, IReadOnlyList<Petition> history, SimulatedClock clock, PetitionActivity? activity)
    : SnapshotFeed<PetitionView>(source, new PetitionFormat(), clock)
{
    protected override IEnumerable<(FeedPosition Position, PetitionView Record)> VisibleAt(DateTimeOffset now)
    {
        var live = activity?.PetitionsUpTo(now) ?? [];
        foreach (var petition in history.Concat(live))
        {
            if (petition.At(now) is { } view)
            {
                yield return (new FeedPosition(SimulatedClock.LocalTicks(view.UpdatedAt), petition.Id), view);
            }
        }
    }
}

/// <summary>Wire shape: id, receivedAt, channel, unitCode, subject, forwardedAt, answeredAt, answeredOnline, updatedAt.</summary>
internal sealed class PetitionFormat : IRecordFormat<PetitionView>
{
    private static readonly JsonEncodedText ReceivedAt = JsonEncodedText.Encode("receivedAt");
    private static readonly JsonEncodedText Channel = JsonEncodedText.Encode("channel");
    private static readonly JsonEncodedText UnitCode = JsonEncodedText.Encode("unitCode");
    private static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText ForwardedAt = JsonEncodedText.Encode("forwardedAt");
    private static readonly JsonEncodedText AnsweredAt = JsonEncodedText.Encode("answeredAt");
    private static readonly JsonEncodedText AnsweredOnline = JsonEncodedText.Encode("answeredOnline");

    public string IdOf(in PetitionView record) => record.Petition.Id;

    public void WriteProperties(Utf8JsonWriter writer, in PetitionView record) => Write(writer, record, record.Petition.Id);

    /// <summary>
    /// Unknown unit: a unit code nobody knows. Impossible dates: answered three days before it was received.
    /// Missing fields: no receivedAt.
    /// </summary>
    public void WriteBogusProperties(Utf8JsonWriter writer, in PetitionView basis, BogusFault fault, string bogusId)
    {
        switch (fault)
        {
            case BogusFault.UnknownUnit:
                Write(writer, basis, bogusId, unitCode: "ZZ" + basis.Petition.UnitCode);
                break;
            case BogusFault.ImpossibleDates:
                Write(writer, basis with { ForwardedAt = null, AnsweredAt = basis.Petition.ReceivedAt.AddDays(-3), AnsweredOnline = true }, bogusId);
                break;
            default:
                Write(writer, basis, bogusId, skipReceivedAt: true);
                break;
        }
    }

    private static void Write(Utf8JsonWriter writer, PetitionView view, string id, string? unitCode = null, bool skipReceivedAt = false)
    {
        var p = view.Petition;
        writer.WriteString(FeedJson.Id, id);
        if (!skipReceivedAt)
        {
            writer.WriteString(ReceivedAt, p.ReceivedAt);
        }

        writer.WriteString(Channel, p.Channel);
        writer.WriteString(UnitCode, unitCode ?? p.UnitCode);
        writer.WriteString(Subject, p.Subject);
        writer.WriteInstantOrNull(ForwardedAt, view.ForwardedAt);
        writer.WriteInstantOrNull(AnsweredAt, view.AnsweredAt);
        if (view.AnsweredOnline is { } online)
        {
            writer.WriteBoolean(AnsweredOnline, online);
        }
        else
        {
            writer.WriteNull(AnsweredOnline);
        }

        writer.WriteString(FeedJson.UpdatedAt, view.UpdatedAt);
    }
}
