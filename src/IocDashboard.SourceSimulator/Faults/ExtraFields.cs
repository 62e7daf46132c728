using System.Text.Json;

namespace IocDashboard.SourceSimulator.Faults;

/// <summary>
/// Properties no contract mentions, as a newer version of a source system would add them: a scalar, an object
/// and an array, so a tolerant reader has to skip nested values too.
/// </summary>
internal static class ExtraFields
{
    private static readonly JsonEncodedText Note = JsonEncodedText.Encode("ghiChuNoiBo");
    private static readonly JsonEncodedText Meta = JsonEncodedText.Encode("_meta");
    private static readonly JsonEncodedText Version = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText Origin = JsonEncodedText.Encode("origin");
    private static readonly JsonEncodedText Tags = JsonEncodedText.Encode("tags");

    public static void Write(Utf8JsonWriter writer)
    {
        writer.WriteString(Note, "Trường mở rộng của phiên bản mới");
        writer.WriteStartObject(Meta);
        writer.WriteNumber(Version, 3);
        writer.WriteString(Origin, "dvc-tayninh");
        writer.WriteEndObject();
        writer.WriteStartArray(Tags);
        writer.WriteStringValue("x");
        writer.WriteNumberValue(1);
        writer.WriteNullValue();
        writer.WriteEndArray();
    }
}
