namespace IocDashboard.SourceSimulator.Feeds;

/// <summary>
/// One page as read under the feed's lock: the first <see cref="Count"/> entries of <see cref="Items"/>, in
/// feed order; Next is the position of the last item, or the requested one when the page is empty. Remaining is how
/// many entries the feed still holds after the page (an upper bound: entries superseded later are counted), which
/// the envelope announces so that a reader can show how far it got.
/// </summary>
internal sealed record FeedPage<T>(T[] Items, int Count, FeedPosition Next, bool HasMore, DateTimeOffset ServerTime, long Remaining);

/// <summary>How a source kind writes its records: each format owns its property names and its bogus variants.</summary>
internal interface IRecordFormat<T>
{
    string IdOf(in T record);

    /// <summary>Writes the record's properties (the object braces are the caller's, so faults can add to it).</summary>
    void WriteProperties(System.Text.Json.Utf8JsonWriter writer, in T record);

    /// <summary>Writes a bogus record's properties, derived from a real record so it sits at the same feed position.</summary>
    void WriteBogusProperties(System.Text.Json.Utf8JsonWriter writer, in T basis, Faults.BogusFault fault, string bogusId);
}
