using System.Text.Json;
using IocDashboard.SeedData.Reference;
using IocDashboard.SourceSimulator.Faults;
using IocDashboard.SourceSimulator.Live;
using IocDashboard.SourceSimulator.Sources;

namespace IocDashboard.SourceSimulator.Feeds.Tasks;

/// <summary>A reform task as the tracker shows it on a given day: completion dates not yet reached are hidden.</summary>
internal sealed record TaskView(ReformTaskRow Task, DateOnly? CompletionReportedOn, DateOnly? CompletionConfirmedOn, DateTimeOffset UpdatedAt);

/// <summary>
/// The reform-task tracker of the Department of Home Affairs (nhiemvu). A task is listed from its start date; it
/// moves in the feed when its completion is reported and when it is confirmed, each at 17:00 of that day and only
/// once the simulated clock has reached that day.
/// </summary>
internal sealed class TaskFeed(SourceInfo source, IReadOnlyList<ReformTaskRow> tasks, SimulatedClock clock)
    : SnapshotFeed<TaskView>(source, new TaskFormat(), clock)
{
    private static readonly TimeOnly ChangeTime = new(17, 0);

    protected override IEnumerable<(FeedPosition Position, TaskView Record)> VisibleAt(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        foreach (var task in tasks)
        {
            if (task.StartDate > today)
            {
                continue;
            }

            var reported = task.CompletionReportedOn <= today ? task.CompletionReportedOn : null;
            var confirmed = task.CompletionConfirmedOn <= today ? task.CompletionConfirmedOn : null;
            var latest = new[] { reported, confirmed }.Max() ?? task.StartDate;
            var updatedAt = new DateTimeOffset(latest.ToDateTime(ChangeTime), SimulatedClock.Offset);
            yield return (new FeedPosition(SimulatedClock.LocalTicks(updatedAt), task.Code), new TaskView(task, reported, confirmed, updatedAt));
        }
    }
}

/// <summary>Wire shape: code, title, areaCode, leadAgencyCode, coAgencyCodes, startDate, deadline, completionReportedOn, completionConfirmedOn, updatedAt.</summary>
internal sealed class TaskFormat : IRecordFormat<TaskView>
{
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText AreaCode = JsonEncodedText.Encode("areaCode");
    private static readonly JsonEncodedText LeadAgencyCode = JsonEncodedText.Encode("leadAgencyCode");
    private static readonly JsonEncodedText CoAgencyCodes = JsonEncodedText.Encode("coAgencyCodes");
    private static readonly JsonEncodedText StartDate = JsonEncodedText.Encode("startDate");
    private static readonly JsonEncodedText Deadline = JsonEncodedText.Encode("deadline");
    private static readonly JsonEncodedText CompletionReportedOn = JsonEncodedText.Encode("completionReportedOn");
    private static readonly JsonEncodedText CompletionConfirmedOn = JsonEncodedText.Encode("completionConfirmedOn");

    public string IdOf(in TaskView record) => record.Task.Code;

    public void WriteProperties(Utf8JsonWriter writer, in TaskView record) => Write(writer, record, record.Task.Code);

    /// <summary>
    /// Unknown unit: a lead agency nobody knows. Impossible dates: completion reported before the task started and
    /// confirmed before it was reported. Missing fields: no title and no deadline.
    /// </summary>
    public void WriteBogusProperties(Utf8JsonWriter writer, in TaskView basis, BogusFault fault, string bogusId)
    {
        switch (fault)
        {
            case BogusFault.UnknownUnit:
                Write(writer, basis, bogusId, leadAgency: "ZZ" + basis.Task.LeadAgencyCode);
                break;
            case BogusFault.ImpossibleDates:
                var start = basis.Task.StartDate;
                Write(writer, basis with { CompletionReportedOn = start.AddDays(-10), CompletionConfirmedOn = start.AddDays(-20) }, bogusId);
                break;
            default:
                Write(writer, basis, bogusId, missing: true);
                break;
        }
    }

    private static void Write(Utf8JsonWriter writer, TaskView view, string code, string? leadAgency = null, bool missing = false)
    {
        var task = view.Task;
        writer.WriteString(Code, code);
        if (!missing)
        {
            writer.WriteString(Title, task.Title);
        }

        writer.WriteString(AreaCode, task.AreaCode);
        writer.WriteString(LeadAgencyCode, leadAgency ?? task.LeadAgencyCode);
        writer.WriteStartArray(CoAgencyCodes);
        foreach (var agency in task.CoAgencyCodes)
        {
            writer.WriteStringValue(agency);
        }

        writer.WriteEndArray();
        writer.WriteDate(StartDate, task.StartDate);
        if (!missing)
        {
            writer.WriteDate(Deadline, task.Deadline);
        }

        writer.WriteDateOrNull(CompletionReportedOn, view.CompletionReportedOn);
        writer.WriteDateOrNull(CompletionConfirmedOn, view.CompletionConfirmedOn);
        writer.WriteString(FeedJson.UpdatedAt, view.UpdatedAt);
    }
}
