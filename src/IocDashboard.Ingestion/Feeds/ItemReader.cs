using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace IocDashboard.Ingestion.Feeds;

/// <summary>
/// Reads the properties of one feed item, collecting the first problem as a quarantine reason. Unknown extra
/// properties are ignored: a source adding fields must not stop the load.
/// </summary>
public sealed class ItemReader(JsonElement item)
{
    public string? Problem { get; private set; }

    public bool Ok => Problem is null;

    public string? Text(string name, bool required = true) => TextValue(name, required)?.GetString();

    /// <summary>
    /// An ISO 8601 date and time ("2024-03-05T08:30:00+07:00"), parsed from the UTF-8 text itself: three per
    /// dossier are on the sync's hot path, where a string and the culture-aware parser showed in its CPU profile.
    /// </summary>
    public DateTimeOffset? Instant(string name, bool required = true)
    {
        if (TextValue(name, required) is not { } value)
        {
            return null;
        }

        if (value.TryGetDateTimeOffset(out var instant) && JsonMarshal.GetRawUtf8Value(value).Contains((byte)'T'))
        {
            return instant;
        }

        Fail($"field '{name}' is not an ISO 8601 instant: '{value.GetString()}'");
        return null;
    }

    /// <summary>The property when it is a non-empty string; otherwise records why not (when required) and gives null.</summary>
    private JsonElement? TextValue(string name, bool required)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value))
        {
            // The raw value keeps its quotes: more than two bytes is a non-empty string.
            if (value.ValueKind == JsonValueKind.String && JsonMarshal.GetRawUtf8Value(value).Length > 2)
            {
                return value;
            }

            if (value.ValueKind != JsonValueKind.Null)
            {
                Fail($"field '{name}' is not a text");
                return null;
            }
        }

        if (required)
        {
            Fail($"missing required field '{name}'");
        }

        return null;
    }

    public DateOnly? Date(string name, bool required = true)
    {
        var text = Text(name, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail($"field '{name}' is not a date YYYY-MM-DD: '{text}'");
        return null;
    }

    public decimal? Number(string name)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDecimal();
        }

        // Absent (or null) reads as missing, as a text field does; present but not a number is the other reason.
        Fail(IsAbsent(name) ? $"missing required field '{name}'" : $"field '{name}' is not a number");
        return null;
    }

    private bool IsAbsent(string name) =>
        item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null;

    public int? WholeNumber(string name)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        Fail(IsAbsent(name) ? $"missing required field '{name}'" : $"field '{name}' is not a whole number");
        return null;
    }

    public bool? Boolean(string name)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value))
        {
            return value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            };
        }

        return null;
    }

    public IReadOnlyList<string> TextList(string name)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
        }

        return [];
    }

    /// <summary>The item's id, or a stand-in that still lets the quarantine count it when the id is missing.</summary>
    public string IdOrStandIn(string name = "id") =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text
            ? text
            : "(no id) " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(item.GetRawText())))[..16];

    public void Fail(string problem) => Problem ??= problem;
}
