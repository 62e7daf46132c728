namespace IocDashboard.SourceSimulator.Feeds;

/// <summary>
/// A place in a change feed: (updatedAt as local +07:00 ticks, id), ordered by time then id (ordinal). A page
/// holds the items strictly after a position; <c>(t, "")</c> therefore means "updatedAt ≥ t".
/// </summary>
internal readonly record struct FeedPosition(long Ticks, string Id) : IComparable<FeedPosition>
{
    public static readonly FeedPosition Start = new(0, "");

    public int CompareTo(FeedPosition other) =>
        Ticks != other.Ticks ? Ticks.CompareTo(other.Ticks) : string.CompareOrdinal(Id, other.Id);

    public static int Compare(long ticks, string id, in FeedPosition position) =>
        ticks != position.Ticks ? ticks.CompareTo(position.Ticks) : string.CompareOrdinal(id, position.Id);

    public static bool operator <(FeedPosition left, FeedPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(FeedPosition left, FeedPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(FeedPosition left, FeedPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FeedPosition left, FeedPosition right) => left.CompareTo(right) >= 0;
}
