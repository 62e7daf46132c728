using System.Globalization;
using System.Text.RegularExpressions;
using IocDashboard.SourceSimulator.Live;

namespace IocDashboard.SourceSimulator.Feeds;

/// <summary>The parsed query of a change-feed request: where to start and how many items.</summary>
internal sealed partial record FeedQuery(FeedPosition After, int PageSize)
{
    public const int MaxPageSize = 10000;

    /// <summary>Parses updatedSince / cursor / pageSize; the errors are keyed by parameter name.</summary>
    public static FeedQuery? Parse(string sourceId, string? updatedSince, string? cursor, string? pageSize, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var size = MaxPageSize;
        if (!string.IsNullOrWhiteSpace(pageSize)
            && (!int.TryParse(pageSize.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPageSize))
        {
            errors["pageSize"] = [$"pageSize must be a whole number from 1 to {MaxPageSize}."];
        }

        var after = FeedPosition.Start;
        if (!string.IsNullOrWhiteSpace(cursor))
        {
            // The cursor already encodes a position strictly after which to continue; updatedSince is then moot.
            if (!FeedCursor.TryDecode(cursor, sourceId, out after))
            {
                errors["cursor"] = ["cursor is not one this source handed out."];
            }
        }
        else if (!string.IsNullOrWhiteSpace(updatedSince))
        {
            if (TryParseInstant(updatedSince, out var since))
            {
                after = new FeedPosition(SimulatedClock.LocalTicks(since), "");
            }
            else
            {
                errors["updatedSince"] = ["updatedSince must be an ISO 8601 instant, e.g. 2024-06-01T00:00:00+07:00 (encode '+' as %2B)."];
            }
        }

        return errors.Count == 0 ? new FeedQuery(after, size) : null;
    }

    /// <summary>
    /// An ISO 8601 date-time with Z or an offset; without one it is read as +07:00 local time. A '+' sent
    /// unencoded in a query string arrives as a space, which is forgiven.
    /// </summary>
    internal static bool TryParseInstant(string raw, out DateTimeOffset instant)
    {
        instant = default;
        var text = UnencodedPlus().Replace(raw.Trim(), "+$1");
        if (!IsoDateTime().IsMatch(text))
        {
            return false;
        }

        if (HasOffset().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        instant = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), SimulatedClock.Offset);
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"T[\d:.]+(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();

    [GeneratedRegex(@"(?<=T[\d:.]+) (\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex UnencodedPlus();
}
