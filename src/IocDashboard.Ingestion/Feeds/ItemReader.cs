using System.Globalization;
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

    public string? Text(string name, bool required = true)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value))
        {
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
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

    public DateTimeOffset? Instant(string name, bool required = true)
    {
        var text = Text(name, required);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && text.Contains('T', StringComparison.Ordinal))
        {
            return instant;
        }

        Fail($"field '{name}' is not an ISO 8601 instant: '{text}'");
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

        Fail($"missing or non-numeric field '{name}'");
        return null;
    }

    public int? WholeNumber(string name)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        Fail($"missing or non-integer field '{name}'");
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
