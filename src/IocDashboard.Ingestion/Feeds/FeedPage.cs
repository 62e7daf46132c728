using System.Text.Json;

namespace IocDashboard.Ingestion.Feeds;

/// <summary>
/// One page of a source's change feed: its items as raw JSON and the cursor to resume after it. A body that
/// is not a complete, well-formed envelope is an error of the transfer (retried), not of the records.
/// </summary>
public sealed class FeedPage : IDisposable
{
    private readonly JsonDocument _document;

    private FeedPage(JsonDocument document, IReadOnlyList<JsonElement> items, string nextCursor, bool hasMore, long? remaining)
    {
        _document = document;
        Items = items;
        NextCursor = nextCursor;
        HasMore = hasMore;
        Remaining = remaining;
    }

    public IReadOnlyList<JsonElement> Items { get; }

    public string NextCursor { get; }

    public bool HasMore { get; }

    /// <summary>How many records the source says follow this page, when it says (optional in the envelope).</summary>
    public long? Remaining { get; }

    /// <summary>Parses an envelope { items: [...], nextCursor: "...", hasMore: bool[, remaining: n] }; throws InvalidDataException otherwise.</summary>
    public static FeedPage Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("the page is not well-formed JSON: " + ex.Message, ex);
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("nextCursor", out var cursor) || cursor.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("hasMore", out var more) || more.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            document.Dispose();
            throw new InvalidDataException("the page lacks items, nextCursor or hasMore");
        }

        long? remaining = root.TryGetProperty("remaining", out var left) && left.TryGetInt64(out var count) && count >= 0 ? count : null;
        return new FeedPage(document, items.EnumerateArray().ToList(), cursor.GetString()!, more.GetBoolean(), remaining);
    }

    public void Dispose() => _document.Dispose();
}
