using System.Text.Encodings.Web;
using System.Text.Json;

namespace IocDashboard.SourceSimulator.Feeds;

/// <summary>JSON settings shared by every answer of the simulator.</summary>
internal static class FeedJson
{
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>
    /// The relaxed encoder writes Vietnamese text and "+07:00" as they are instead of \uXXXX escapes. That is
    /// safe here: these answers are JSON API bodies, never embedded in HTML.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder };

    public static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
    public static readonly JsonEncodedText NextCursor = JsonEncodedText.Encode("nextCursor");
    public static readonly JsonEncodedText HasMore = JsonEncodedText.Encode("hasMore");
    public static readonly JsonEncodedText Remaining = JsonEncodedText.Encode("remaining");
    public static readonly JsonEncodedText ServerTime = JsonEncodedText.Encode("serverTime");
    public static readonly JsonEncodedText UpdatedAt = JsonEncodedText.Encode("updatedAt");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

    /// <summary>Writes YYYY-MM-DD.</summary>
    public static void WriteDate(this Utf8JsonWriter writer, JsonEncodedText name, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out var written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..written]);
    }

    public static void WriteDateOrNull(this Utf8JsonWriter writer, JsonEncodedText name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteDate(name, d);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteInstantOrNull(this Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset? instant)
    {
        if (instant is { } i)
        {
            writer.WriteString(name, i);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
