using System.Text.Json.Serialization;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Web.Features.Dossiers;

/// <summary>The workload measures as JSON: the counts of the report form, the rates as fractions and as Vietnamese text.</summary>
public record WorkloadMeasuresDto
{
    public long Received { get; init; }
    public long ReceivedOnline { get; init; }
    public long ReceivedDirectOrPostal { get; init; }
    public long CarriedOver { get; init; }
    public long ToHandle { get; init; }
    public long Resolved { get; init; }
    public long BeforeDeadline { get; init; }
    public long OnDeadline { get; init; }
    public long Late { get; init; }
    public long Pending { get; init; }
    public long WithinDeadline { get; init; }
    public long Overdue { get; init; }
    public double? OnTimeRate { get; init; }
    public string OnTimeRateText { get; init; } = "—";
    public double? OnlineRate { get; init; }
    public string OnlineRateText { get; init; } = "—";

    public static WorkloadMeasuresDto From(WorkloadMeasures m) => Fill(new WorkloadMeasuresDto(), m);

    /// <summary>Copies the measures into a row that already carries its own identifying fields.</summary>
    public static T Fill<T>(T target, WorkloadMeasures m)
        where T : WorkloadMeasuresDto => target with
        {
            Received = m.Received,
            ReceivedOnline = m.ReceivedOnline,
            ReceivedDirectOrPostal = m.ReceivedDirectOrPostal,
            CarriedOver = m.CarriedOver,
            ToHandle = m.ToHandle,
            Resolved = m.Resolved,
            BeforeDeadline = m.BeforeDeadline,
            OnDeadline = m.OnDeadline,
            Late = m.Late,
            Pending = m.Pending,
            WithinDeadline = m.WithinDeadline,
            Overdue = m.Overdue,
            OnTimeRate = VietnameseFormat.Fraction(m.OnTimeRate),
            OnTimeRateText = VietnameseFormat.Percent(m.OnTimeRate),
            OnlineRate = VietnameseFormat.Fraction(m.OnlineRate),
            OnlineRateText = VietnameseFormat.Percent(m.OnlineRate),
        };
}

/// <summary>A row of the breakdown: a procedure field (code, name) or a unit (code, name, kind).</summary>
public sealed record WorkloadRowDto : WorkloadMeasuresDto
{
    public required string Code { get; init; }
    public required string Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Kind { get; init; }

    public static WorkloadRowDto From(WorkloadRow row) => Fill(new WorkloadRowDto { Code = row.Code, Name = row.Name, Kind = row.Kind }, row.Measures);
}

public sealed record WorkloadResponse(
    string Unit,
    string UnitName,
    string Scope,
    IReadOnlyList<string> Levels,
    DateOnly From,
    DateOnly To,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? By,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WorkloadRowDto>? Rows,
    WorkloadMeasuresDto Total,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ApproximateText,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ScopeChangedText,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WorkloadComparisonDto>? Comparisons);
