using IocDashboard.SourceSimulator.Feeds;

namespace IocDashboard.SourceSimulator.Tests.Feeds;

public sealed class FeedQueryTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Theory]
    [InlineData("2024-06-01T08:30:00+07:00", "2024-06-01T08:30:00+07:00")]
    [InlineData("2024-06-01T01:30:00Z", "2024-06-01T08:30:00+07:00")]
    [InlineData("2024-06-01T08:30:00.1234567+07:00", "2024-06-01T08:30:00.1234567+07:00")]
    [InlineData("2024-06-01T08:30:00 07:00", "2024-06-01T08:30:00+07:00")]
    [InlineData("2024-06-01T08:30:00", "2024-06-01T08:30:00+07:00")]
    [InlineData("2024-06-01", "2024-06-01T00:00:00+07:00")]
    public void Instants_are_read_as_ISO_8601_with_local_time_and_an_unencoded_plus_forgiven(string text, string expected)
    {
        Assert.True(FeedQuery.TryParseInstant(text, out var instant));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(Vietnam, DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("01/06/2024")]
    [InlineData("2024-02-30T00:00:00Z")]
    [InlineData("")]
    public void Anything_else_is_refused(string text) => Assert.False(FeedQuery.TryParseInstant(text, out _));

    [Fact]
    public void A_cursor_round_trips_for_its_own_source_only()
    {
        var position = new FeedPosition(638711446200000000, "705.10-241230-0012");

        var cursor = FeedCursor.Encode("motcua-705", position);

        Assert.True(FeedCursor.TryDecode(cursor, "motcua-705", out var decoded));
        Assert.Equal(position, decoded);
        Assert.False(FeedCursor.TryDecode(cursor, "motcua-706", out _));
        Assert.False(FeedCursor.TryDecode("%%%", "motcua-705", out _));
        Assert.DoesNotContain('+', cursor);
        Assert.DoesNotContain('/', cursor);
    }
}
