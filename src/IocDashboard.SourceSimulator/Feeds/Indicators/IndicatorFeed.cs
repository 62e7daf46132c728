using System.Globalization;
using System.Text.Json;
using IocDashboard.SeedData.Reference;
using IocDashboard.SourceSimulator.Faults;
using IocDashboard.SourceSimulator.Live;
using IocDashboard.SourceSimulator.Sources;

namespace IocDashboard.SourceSimulator.Feeds.Indicators;

/// <summary>The indicator reports (chitieu): one item per indicator and month, id "CODE:YYYY-MM".</summary>
internal sealed class IndicatorFeed(SourceInfo source, IndicatorBook book, SimulatedClock clock)
    : SnapshotFeed<IndicatorValueRow>(source, new IndicatorValueFormat(), clock)
{
    protected override IEnumerable<(FeedPosition Position, IndicatorValueRow Record)> VisibleAt(DateTimeOffset now) =>
        book.Values
            .Where(v => IndicatorBook.IsVisible(v.Period, now))
            .Select(v => (new FeedPosition(SimulatedClock.LocalTicks(IndicatorBook.ReportedAt(v.Period)), IndicatorValueFormat.IdOf(v)), v));
}

/// <summary>Wire shape: id, indicatorCode, period (YYYY-MM), value, updatedAt.</summary>
internal sealed class IndicatorValueFormat : IRecordFormat<IndicatorValueRow>
{
    private static readonly JsonEncodedText IndicatorCode = JsonEncodedText.Encode("indicatorCode");
    private static readonly JsonEncodedText Period = JsonEncodedText.Encode("period");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

    public static string IdOf(IndicatorValueRow value) => value.IndicatorCode + ":" + Month(value.Period);

    string IRecordFormat<IndicatorValueRow>.IdOf(in IndicatorValueRow record) => IdOf(record);

    public void WriteProperties(Utf8JsonWriter writer, in IndicatorValueRow record) =>
        Write(writer, IdOf(record), record.IndicatorCode, Month(record.Period), record.Value, IndicatorBook.ReportedAt(record.Period));

    /// <summary>
    /// Unknown unit: an indicator code nobody defined. Impossible dates: a period three years after the report
    /// that carries it. Missing fields: no value.
    /// </summary>
    public void WriteBogusProperties(Utf8JsonWriter writer, in IndicatorValueRow basis, BogusFault fault, string bogusId)
    {
        var reportedAt = IndicatorBook.ReportedAt(basis.Period);
        switch (fault)
        {
            case BogusFault.UnknownUnit:
                Write(writer, bogusId, "ZZ" + basis.IndicatorCode, Month(basis.Period), basis.Value, reportedAt);
                break;
            case BogusFault.ImpossibleDates:
                Write(writer, bogusId, basis.IndicatorCode, Month(basis.Period.AddYears(3)), basis.Value, reportedAt);
                break;
            default:
                Write(writer, bogusId, basis.IndicatorCode, Month(basis.Period), null, reportedAt);
                break;
        }
    }

    private static void Write(Utf8JsonWriter writer, string id, string code, string period, decimal? value, DateTimeOffset updatedAt)
    {
        writer.WriteString(FeedJson.Id, id);
        writer.WriteString(IndicatorCode, code);
        writer.WriteString(Period, period);
        if (value is { } v)
        {
            writer.WriteNumber(Value, v);
        }

        writer.WriteString(FeedJson.UpdatedAt, updatedAt);
    }

    private static string Month(DateOnly period) => period.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
