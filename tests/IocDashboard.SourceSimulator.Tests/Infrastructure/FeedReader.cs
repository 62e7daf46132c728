using System.Net;
using System.Text.Json;

namespace IocDashboard.SourceSimulator.Tests.Infrastructure;

/// <summary>One page of a change feed as a client reads it.</summary>
public sealed record FeedPage(IReadOnlyList<JsonElement> Items, string NextCursor, bool HasMore, DateTimeOffset ServerTime, string Body);

/// <summary>A plain client of the change-feed contract, written against the wire format only.</summary>
public static class FeedReader
{
    public static async Task<FeedPage> PageAsync(HttpClient client, string source, string? cursor = null, string? updatedSince = null, int? pageSize = null)
    {
        var query = new List<string>();
        if (cursor is not null)
        {
            query.Add("cursor=" + Uri.EscapeDataString(cursor));
        }

        if (updatedSince is not null)
        {
            query.Add("updatedSince=" + Uri.EscapeDataString(updatedSince));
        }

        if (pageSize is not null)
        {
            query.Add("pageSize=" + pageSize);
        }

        using var response = await client.GetAsync(new Uri($"/{source}/changes?{string.Join('&', query)}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return Parse(body);
    }

    public static FeedPage Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return new FeedPage(
            root.GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToList(),
            root.GetProperty("nextCursor").GetString()!,
            root.GetProperty("hasMore").GetBoolean(),
            root.GetProperty("serverTime").GetDateTimeOffset(),
            body);
    }

    /// <summary>Pages until hasMore is false; returns every item, the last cursor and the number of pages.</summary>
    public static async Task<(List<JsonElement> Items, string Cursor, int Pages)> WalkAsync(
        HttpClient client, string source, string? cursor = null, int pageSize = 1000, string? updatedSince = null)
    {
        var items = new List<JsonElement>();
        var pages = 0;
        while (true)
        {
            var page = await PageAsync(client, source, cursor, cursor is null ? updatedSince : null, pageSize);
            pages++;
            items.AddRange(page.Items);
            cursor = page.NextCursor;
            if (!page.HasMore)
            {
                return (items, cursor, pages);
            }
        }
    }

    public static string Id(this JsonElement item) => item.GetProperty("id").GetString()!;

    public static DateTimeOffset UpdatedAt(this JsonElement item) => item.GetProperty("updatedAt").GetDateTimeOffset();

    /// <summary>Asserts strictly ascending (updatedAt, id) order, which also means every id once.</summary>
    public static void AssertFeedOrder(IReadOnlyList<JsonElement> items, string idProperty = "id")
    {
        for (var i = 1; i < items.Count; i++)
        {
            var a = (items[i - 1].UpdatedAt(), items[i - 1].GetProperty(idProperty).GetString()!);
            var b = (items[i].UpdatedAt(), items[i].GetProperty(idProperty).GetString()!);
            var order = a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(a.Item2, b.Item2);
            Assert.True(order < 0, $"item {i} ({b}) does not come after {a}");
        }
    }
}
