using System.Text.Json;
using IocDashboard.Ingestion.Sources;

namespace IocDashboard.Ingestion.Sync;

/// <summary>
/// What a committed load changed, as sent on the ioc_changes channel and read back by every listener: the source
/// (or "upload:&lt;file&gt;"), its kind, the codes of the units touched ("*" when too many to list; none for
/// indicators) and the local days touched. One record and one JSON form for both sides.
/// </summary>
public sealed record ChangeNotice(string Source, SourceKind Kind, IReadOnlyList<string> Units, DateOnly? From, DateOnly? To)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    /// <summary>The notice in a NOTIFY payload, or null when the payload is not one (a listener then assumes anything changed).</summary>
    public static ChangeNotice? FromJson(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<ChangeNotice>(payload, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
