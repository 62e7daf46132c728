using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace IocDashboard.Ingestion.Sources;

/// <summary>The "Ingestion" configuration section: the sources to pull and how.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>The section as it stands when services are registered (what runs on this host is decided then).</summary>
    public static IngestionOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<IngestionOptions>() ?? new IngestionOptions();

    /// <summary>Whether this host runs the scheduled pulls at all (a web-only replica, or a test, turns it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The API key sent as X-Api-Key to sources that do not name their own. From the environment, never the repo.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Base address of the sources that do not name their own (the simulator by default).</summary>
    public Uri DefaultBaseUrl { get; set; } = new("http://127.0.0.1:5090");

    [Range(1, 10000)]
    public int PageSize { get; set; } = 5000;

    /// <summary>How long one HTTP request may take before it is abandoned and retried.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of one failing request (exponential backoff with jitter) before the run fails.</summary>
    [Range(0, 20)]
    public int RequestRetries { get; set; } = 8;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Pages merged into the warehouse at once across all sources (0: one per processor core).</summary>
    [Range(0, 64)]
    public int ConcurrentMerges { get; set; }

    /// <summary>
    /// How often a node looks for due schedules, retries and queued runs. Short, so that a run asked for by hand
    /// starts within it (Hangfire's default of 15 s would also delay every retry).
    /// </summary>
    public TimeSpan SchedulerPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether each source runs once at start-up instead of waiting for its first scheduled time.</summary>
    public bool CatchUpAtStart { get; set; } = true;

    /// <summary>Whether the host writes the warehouse fill's progress to standard output until the data is ready (./run.sh).</summary>
    public bool ReportFillProgress { get; set; }

    public List<SourceOptions> Sources { get; set; } = [];
}

/// <summary>One source system instance with its own schedule.</summary>
public sealed class SourceOptions
{
    [Required]
    public string Id { get; set; } = "";

    /// <summary>dossiers | tasks | indicators | feedback.</summary>
    [EnumDataType(typeof(SourceKind))]
    public SourceKind Kind { get; set; }

    /// <summary>Vietnamese name for the console and the wall.</summary>
    public string Name { get; set; } = "";

    public Uri? BaseUrl { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Cron expression in Vietnam's time zone: five fields, or six with seconds first (Hangfire's Cronos syntax).</summary>
    public string Cron { get; set; } = "0 */1 * * * *";

    /// <summary>A source past this age of its last successful sync is stale.</summary>
    public TimeSpan FreshnessSla { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Required sources make /health degraded when they have not succeeded within their SLA.</summary>
    public bool Required { get; set; } = true;

    public bool Enabled { get; set; } = true;
}
