using System.Text.Json.Serialization;

namespace IocDashboard.SourceSimulator.Faults;

/// <summary>
/// The fault switches of one source: the body of PUT /admin/faults/{sourceId} and the shape of
/// Simulator:Faults:{sourceId}. A property left out is 0 / false.
/// </summary>
public sealed record FaultSettings
{
    public static readonly FaultSettings None = new();

    /// <summary>Added to every request of the source.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Share of requests answered 500 or 503 (half each).</summary>
    public double ErrorRate { get; init; }

    /// <summary>Share of requests held (Simulator:TimeoutHold, 30 s) before they are answered.</summary>
    public double TimeoutRate { get; init; }

    /// <summary>Share of JSON answers cut off mid-way (still HTTP 200).</summary>
    public double TruncatedRate { get; init; }

    /// <summary>Share of JSON answers that are not valid JSON (still HTTP 200).</summary>
    public double MalformedRate { get; init; }

    /// <summary>Share of a page's items repeated within the page.</summary>
    public double DuplicateRate { get; init; }

    /// <summary>Shuffle the items of every page.</summary>
    public bool OutOfOrder { get; init; }

    /// <summary>Extra bogus records with a unit (or agency, or indicator) code nobody knows, per real record.</summary>
    public double UnknownUnitRate { get; init; }

    /// <summary>Extra bogus records whose dates cannot be (resolved before received), per real record.</summary>
    public double ImpossibleDatesRate { get; init; }

    /// <summary>Extra bogus records without a required field, per real record.</summary>
    public double MissingFieldsRate { get; init; }

    /// <summary>Share of real records that carry unknown extra properties.</summary>
    public double ExtraFieldsRate { get; init; }

    /// <summary>Seeds the random decisions, so a fault run can be repeated.</summary>
    public int Seed { get; init; }

    /// <summary>Whether anything about a page's items changes (the fast path writes pages untouched).</summary>
    [JsonIgnore]
    public bool AltersItems => DuplicateRate > 0 || OutOfOrder || UnknownUnitRate > 0 || ImpossibleDatesRate > 0
        || MissingFieldsRate > 0 || ExtraFieldsRate > 0;

    /// <summary>What is wrong with the settings, by property name (camelCase, as on the wire).</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (LatencyMs is < 0 or > 600_000)
        {
            problems["latencyMs"] = "latencyMs must lie between 0 and 600000.";
        }

        void Rate(string name, double value)
        {
            if (!(value >= 0 && value <= 1))
            {
                problems[name] = $"{name} must lie between 0 and 1.";
            }
        }

        Rate("errorRate", ErrorRate);
        Rate("timeoutRate", TimeoutRate);
        Rate("truncatedRate", TruncatedRate);
        Rate("malformedRate", MalformedRate);
        Rate("duplicateRate", DuplicateRate);
        Rate("unknownUnitRate", UnknownUnitRate);
        Rate("impossibleDatesRate", ImpossibleDatesRate);
        Rate("missingFieldsRate", MissingFieldsRate);
        Rate("extraFieldsRate", ExtraFieldsRate);
        return problems;
    }
}
