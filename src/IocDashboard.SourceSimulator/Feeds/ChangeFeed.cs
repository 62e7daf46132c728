using IocDashboard.SourceSimulator.Faults;
using IocDashboard.SourceSimulator.Sources;

namespace IocDashboard.SourceSimulator.Feeds;

/// <summary>A source's change feed as the endpoint sees it, whatever the record type.</summary>
internal interface IChangeFeed
{
    SourceInfo Source { get; }

    /// <summary>Reads the page after <paramref name="after"/> and writes it as the response.</summary>
    Task WriteChangesAsync(HttpContext context, FeedPosition after, int pageSize, RequestFaults faults, SourceFaults? log);
}

/// <summary>
/// Base of every feed: reading a page is the subclass's (under its own lock, at the simulated now); writing it
/// happens afterwards, outside any lock, from the page's private copy of the records.
/// </summary>
internal abstract class ChangeFeed<T>(SourceInfo source, IRecordFormat<T> format) : IChangeFeed
{
    public SourceInfo Source { get; } = source;

    public abstract FeedPage<T> Read(FeedPosition after, int pageSize);

    public Task WriteChangesAsync(HttpContext context, FeedPosition after, int pageSize, RequestFaults faults, SourceFaults? log) =>
        FeedBodyWriter.WriteAsync(context, Source.Id, Read(after, pageSize), format, faults, log);
}
