using System.Text.Encodings.Web;
using System.Text.Json;
using IocDashboard.Ingestion.State;

namespace IocDashboard.Web.Features.Admin.Quarantine;

/// <summary>A refused record as the detail page shows it: its payload as it came and, when it is JSON, indented.</summary>
public sealed record QuarantineItem(QuarantineRow Row, string RawPayload, string? PrettyPayload)
{
    public static QuarantineItem Of(QuarantinedRecord record) => new(record.Row, record.RawPayload, QuarantinePayload.Pretty(record.RawPayload));
}

public static class QuarantinePayload
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The payload indented, or null when it is not valid JSON (malformed pages are one reason for quarantine).</summary>
    public static string? Pretty(string raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Indented))
            {
                document.WriteTo(writer);
            }

            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
