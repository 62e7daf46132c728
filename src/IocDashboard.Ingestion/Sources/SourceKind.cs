using System.Text.Json;
using System.Text.Json.Serialization;

namespace IocDashboard.Ingestion.Sources;

/// <summary>
/// What a source delivers, and so which feed reads it. Configuration names it in lower case ("dossiers"), which
/// binds case-insensitively to these members; everything else that writes it as text (ingest.source_state.kind,
/// the change notice, the API) goes through <see cref="SourceKinds.ToText"/>. No member is zero, so a source
/// whose kind is missing from configuration is refused instead of read as dossiers.
/// </summary>
[JsonConverter(typeof(SourceKindJsonConverter))]
public enum SourceKind
{
    Dossiers = 1,
    Tasks,
    Indicators,
    Feedback,
}

/// <summary>The one mapping between a <see cref="SourceKind"/> and the text stored and sent for it.</summary>
public static class SourceKinds
{
    public static string ToText(this SourceKind kind) => kind switch
    {
        SourceKind.Dossiers => "dossiers",
        SourceKind.Tasks => "tasks",
        SourceKind.Indicators => "indicators",
        SourceKind.Feedback => "feedback",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown source kind"),
    };

    public static bool TryParse(string? text, out SourceKind kind)
    {
        foreach (var candidate in Enum.GetValues<SourceKind>())
        {
            if (string.Equals(candidate.ToText(), text, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}

/// <summary>Writes and reads a <see cref="SourceKind"/> as its stored text, wherever it is serialised.</summary>
internal sealed class SourceKindJsonConverter : JsonConverter<SourceKind>
{
    public override SourceKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return SourceKinds.TryParse(text, out var kind) ? kind : throw new JsonException($"unknown source kind '{text}'");
    }

    public override void Write(Utf8JsonWriter writer, SourceKind value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToText());
}
