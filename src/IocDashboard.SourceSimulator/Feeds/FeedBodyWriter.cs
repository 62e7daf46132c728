using System.Buffers;
using System.Text.Json;
using IocDashboard.SourceSimulator.Faults;

namespace IocDashboard.SourceSimulator.Feeds;

/// <summary>
/// Writes a page as the change-feed envelope straight to the response with <see cref="Utf8JsonWriter"/>. Pages
/// that a fault alters go through a buffer first: a truncated or malformed body needs all of it at hand.
/// </summary>
internal static class FeedBodyWriter
{
    private const int FlushThreshold = 32 * 1024;

    private enum EntryKind : byte
    {
        Real,
        Duplicate,
        Bogus,
    }

    public static async Task WriteAsync<T>(
        HttpContext context, string sourceId, FeedPage<T> page, IRecordFormat<T> format, RequestFaults faults, SourceFaults? log)
    {
        var response = context.Response;
        var cancellation = context.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = FeedJson.ContentType;
        var injected = new List<(string Id, BogusFault Fault)>();

        if (faults.Body == BodyFault.None)
        {
            var pipe = response.BodyWriter;
            await using (var writer = new Utf8JsonWriter(pipe, FeedJson.WriterOptions))
            {
                WriteStart(writer);
                if (faults.Page.AltersItems)
                {
                    WriteAltered(writer, page, format, faults.Page, injected);
                }
                else
                {
                    for (var i = 0; i < page.Count; i++)
                    {
                        WriteItem(writer, page.Items[i], format, extraFields: false);
                        if (writer.BytesPending > FlushThreshold)
                        {
                            writer.Flush();
                            await pipe.FlushAsync(cancellation);
                        }
                    }
                }

                WriteEnd(writer, sourceId, page);
            }

            await pipe.FlushAsync(cancellation);
            foreach (var (id, fault) in injected)
            {
                log?.RecordInjected(id, fault);
            }

            return;
        }

        // A broken body carries no usable record, so its bogus records are not counted as served.
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        await using (var writer = new Utf8JsonWriter(buffer, FeedJson.WriterOptions))
        {
            WriteStart(writer);
            WriteAltered(writer, page, format, faults.Page, injected);
            WriteEnd(writer, sourceId, page);
        }

        var body = BodyFaults.Corrupt(buffer.WrittenMemory, faults.Body, faults.Page.Random);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellation);
    }

    private static void WriteStart(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray(FeedJson.Items);
    }

    private static void WriteEnd<T>(Utf8JsonWriter writer, string sourceId, FeedPage<T> page)
    {
        writer.WriteEndArray();
        writer.WriteString(FeedJson.NextCursor, FeedCursor.Encode(sourceId, page.Next));
        writer.WriteBoolean(FeedJson.HasMore, page.HasMore);
        writer.WriteNumber(FeedJson.Remaining, page.Remaining);
        writer.WriteString(FeedJson.ServerTime, page.ServerTime);
        writer.WriteEndObject();
    }

    private static void WriteItem<T>(Utf8JsonWriter writer, in T item, IRecordFormat<T> format, bool extraFields)
    {
        writer.WriteStartObject();
        format.WriteProperties(writer, item);
        if (extraFields)
        {
            ExtraFields.Write(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// The page with its duplicates placed right after their originals, bogus records right after the real record
    /// they derive from, and, when asked, everything shuffled.
    /// </summary>
    private static void WriteAltered<T>(
        Utf8JsonWriter writer, FeedPage<T> page, IRecordFormat<T> format, PageFaults faults, List<(string, BogusFault)> injected)
    {
        var entries = new List<(int Index, EntryKind Kind, BogusFault Fault)>(page.Count + (page.Count / 8));
        for (var i = 0; i < page.Count; i++)
        {
            entries.Add((i, EntryKind.Real, default));
            if (faults.Duplicate())
            {
                entries.Add((i, EntryKind.Duplicate, default));
            }

            var id = format.IdOf(page.Items[i]);
            foreach (var fault in BogusFaults.All)
            {
                if (faults.Bogus(fault, id))
                {
                    entries.Add((i, EntryKind.Bogus, fault));
                }
            }
        }

        if (faults.Settings.OutOfOrder)
        {
            faults.Random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries));
        }

        foreach (var (index, kind, fault) in entries)
        {
            ref readonly var item = ref page.Items[index];
            if (kind == EntryKind.Bogus)
            {
                var bogusId = fault.BogusId(format.IdOf(item));
                writer.WriteStartObject();
                format.WriteBogusProperties(writer, item, fault, bogusId);
                writer.WriteEndObject();
                injected.Add((bogusId, fault));
            }
            else
            {
                WriteItem(writer, item, format, faults.ExtraFields());
            }
        }
    }
}
