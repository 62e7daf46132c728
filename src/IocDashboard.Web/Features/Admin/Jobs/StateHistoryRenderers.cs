using System.Globalization;
using System.Text;
using Hangfire;
using Hangfire.Common;
using Hangfire.Dashboard;
using Hangfire.States;

namespace IocDashboard.Web.Features.Admin.Jobs;

/// <summary>
/// The details under each state of a job's history on the dashboard's job page, with Vietnamese labels: Hangfire's own
/// renderers write "Latency:", "Server:", "Enqueue at:" as literals, outside its translatable strings. Same data and
/// markup as Hangfire.Core 1.8's renderers; the words match the column headers of our translation (Strings.vi.resx).
/// The failed and deleted states show only the exception, so Hangfire's renderers stay for them.
/// </summary>
internal static class StateHistoryRenderers
{
    /// <summary>Replaces Hangfire's renderers (a process-wide registry; registering again replaces them again).</summary>
    public static void Register()
    {
        JobHistoryRenderer.Register(SucceededState.StateName, Succeeded);
        JobHistoryRenderer.Register(ProcessingState.StateName, Processing);
        JobHistoryRenderer.Register(EnqueuedState.StateName, Enqueued);
        JobHistoryRenderer.Register(ScheduledState.StateName, Scheduled);
        JobHistoryRenderer.Register(AwaitingState.StateName, Awaiting);
    }

    private static NonEscapedString? Succeeded(HtmlHelper html, IDictionary<string, string> data)
    {
        var list = new DefinitionList(html);
        if (data.TryGetValue("Latency", out var latency))
        {
            list.Add("Độ trễ", html.ToHumanDuration(Milliseconds(latency), displaySign: false));
        }

        if (data.TryGetValue("PerformanceDuration", out var duration))
        {
            list.Add("Thời gian chạy", html.ToHumanDuration(Milliseconds(duration), displaySign: false));
        }

        if (data.TryGetValue("Result", out var result) && !string.IsNullOrWhiteSpace(result))
        {
            list.Add("Kết quả", result);
        }

        return list.ToHtml();
    }

    private static NonEscapedString? Processing(HtmlHelper html, IDictionary<string, string> data)
    {
        var list = new DefinitionList(html);
        if (data.TryGetValue("ServerId", out var server) || data.TryGetValue("ServerName", out server))
        {
            list.AddHtml("Máy chủ", html.ServerId(server).ToString());
        }

        if (data.TryGetValue("WorkerId", out var worker))
        {
            list.Add("Luồng xử lý", worker[..Math.Min(8, worker.Length)]);
        }
        else if (data.TryGetValue("WorkerNumber", out var number))
        {
            list.Add("Luồng xử lý", "#" + number);
        }

        return list.ToHtml();
    }

    private static NonEscapedString? Enqueued(HtmlHelper html, IDictionary<string, string> data)
    {
        // Hangfire shows the queue only when it is not the default one.
        if (!data.TryGetValue("Queue", out var queue) || "default".Equals(queue, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var list = new DefinitionList(html);
        list.AddHtml("Hàng đợi", html.QueueLabel(queue).ToString());
        return list.ToHtml();
    }

    private static NonEscapedString? Scheduled(HtmlHelper html, IDictionary<string, string> data)
    {
        var list = new DefinitionList(html);
        var enqueueAt = JobHelper.DeserializeDateTime(data["EnqueueAt"]);
        // data-moment: the browser replaces the server's date with a relative time ("3 phút tới") and a tooltip.
        list.AddHtml(
            "Vào hàng đợi lúc",
            html.HtmlEncode(enqueueAt.ToString(CultureInfo.CurrentCulture)),
            $" data-moment=\"{JobHelper.ToTimestamp(enqueueAt).ToString(CultureInfo.InvariantCulture)}\"");
        if (data.TryGetValue("Queue", out var queue) && !string.IsNullOrWhiteSpace(queue))
        {
            list.AddHtml("Hàng đợi", html.QueueLabel(queue).ToString());
        }

        return list.ToHtml();
    }

    private static NonEscapedString? Awaiting(HtmlHelper html, IDictionary<string, string> data)
    {
        var list = new DefinitionList(html);
        if (data.TryGetValue("ParentId", out var parent))
        {
            list.AddHtml("Tác vụ cha", html.JobIdLink(parent).ToString());
        }

        if (data.TryGetValue("NextState", out var next))
        {
            // Without a state, StateLabel writes the translated "no state" text.
            var name = SerializationHelper.Deserialize<IState>(next, SerializationOption.TypedInternal)?.Name;
            list.AddHtml("Trạng thái tiếp theo", html.StateLabel(name).ToString());
        }

        if (data.TryGetValue("Options", out var options))
        {
            var shown = Enum.TryParse<JobContinuationOptions>(options, out var parsed) ? parsed.ToString("G") : options;
            list.AddHtml("Tuỳ chọn", "<code>" + html.HtmlEncode(shown) + "</code>");
        }

        return list.ToHtml();
    }

    private static TimeSpan Milliseconds(string value) =>
        TimeSpan.FromMilliseconds(long.Parse(value, CultureInfo.InvariantCulture));

    /// <summary>A &lt;dl class="dl-horizontal"&gt; as Hangfire's renderers write it; null when it would be empty.</summary>
    private sealed class DefinitionList(HtmlHelper html)
    {
        private readonly StringBuilder _items = new();

        public void Add(string term, string? text) => AddHtml(term, html.HtmlEncode(text));

        public void AddHtml(string term, string definitionHtml, string attributes = "") =>
            _items.Append(CultureInfo.InvariantCulture, $"<dt>{html.HtmlEncode(term)}:</dt><dd{attributes}>{definitionHtml}</dd>");

        public NonEscapedString? ToHtml() =>
            _items.Length == 0 ? null : new NonEscapedString($"<dl class=\"dl-horizontal\">{_items}</dl>");
    }
}
