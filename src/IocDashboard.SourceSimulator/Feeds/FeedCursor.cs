using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace IocDashboard.SourceSimulator.Feeds;

/// <summary>
/// The opaque cursor: base64url of "1|source|ticks|id". It names its source so that a cursor handed to the
/// wrong feed is refused instead of silently skipping records.
/// </summary>
internal static class FeedCursor
{
    private const string Version = "1";

    public static string Encode(string sourceId, FeedPosition position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{Version}|{sourceId}|{position.Ticks}|{position.Id}")));

    public static bool TryDecode(string cursor, string sourceId, out FeedPosition position)
    {
        position = default;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var parts = text.Split('|', 4);
        if (parts.Length != 4 || parts[0] != Version || !string.Equals(parts[1], sourceId, StringComparison.OrdinalIgnoreCase)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        position = new FeedPosition(ticks, parts[3]);
        return true;
    }
}
