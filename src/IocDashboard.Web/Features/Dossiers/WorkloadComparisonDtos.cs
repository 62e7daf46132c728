using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Periods;

namespace IocDashboard.Web.Features.Dossiers;

/// <summary>A count's change against the compared period: absolute, relative (a fraction) and the relative as text.</summary>
public sealed record CountChangeDto(long Absolute, double? Relative, string RelativeText)
{
    public static CountChangeDto Of(long now, long before)
    {
        var relative = MeasureChange.Relative(now, before);
        return new CountChangeDto(now - before, VietnameseFormat.Fraction(relative), ChangeFormat.Relative(relative));
    }
}

/// <summary>A rate's change against the compared period in percentage points, and as text ("+0,52 điểm %").</summary>
public sealed record RateChangeDto(double? Points, string PointsText)
{
    public static RateChangeDto Of(double? now, double? before)
    {
        var points = MeasureChange.Points(now, before);
        return new RateChangeDto(VietnameseFormat.Fraction(points), ChangeFormat.Points(points));
    }
}

/// <summary>The change of every workload count and rate of the period against a compared period.</summary>
public sealed record WorkloadChangeDto(
    CountChangeDto Received, CountChangeDto ReceivedOnline, CountChangeDto ReceivedDirectOrPostal, CountChangeDto CarriedOver,
    CountChangeDto ToHandle, CountChangeDto Resolved, CountChangeDto BeforeDeadline, CountChangeDto OnDeadline, CountChangeDto Late,
    CountChangeDto Pending, CountChangeDto WithinDeadline, CountChangeDto Overdue, RateChangeDto OnTimeRate, RateChangeDto OnlineRate)
{
    public static WorkloadChangeDto Of(WorkloadMeasures now, WorkloadMeasures before) => new(
        CountChangeDto.Of(now.Received, before.Received),
        CountChangeDto.Of(now.ReceivedOnline, before.ReceivedOnline),
        CountChangeDto.Of(now.ReceivedDirectOrPostal, before.ReceivedDirectOrPostal),
        CountChangeDto.Of(now.CarriedOver, before.CarriedOver),
        CountChangeDto.Of(now.ToHandle, before.ToHandle),
        CountChangeDto.Of(now.Resolved, before.Resolved),
        CountChangeDto.Of(now.BeforeDeadline, before.BeforeDeadline),
        CountChangeDto.Of(now.OnDeadline, before.OnDeadline),
        CountChangeDto.Of(now.Late, before.Late),
        CountChangeDto.Of(now.Pending, before.Pending),
        CountChangeDto.Of(now.WithinDeadline, before.WithinDeadline),
        CountChangeDto.Of(now.Overdue, before.Overdue),
        RateChangeDto.Of(now.OnTimeRate, before.OnTimeRate),
        RateChangeDto.Of(now.OnlineRate, before.OnlineRate));
}

/// <summary>
/// The workload of a compared period (the same measures as <c>total</c>), its dates, the change of the period's total
/// against it, and <c>scopeChangedText</c> when the units counted changed between the compared period's start and the
/// period's end (the 2025 merger): the figures are then not like for like, and the page says so beside the change.
/// </summary>
public sealed record WorkloadComparisonDto : WorkloadMeasuresDto
{
    public required string Kind { get; init; }

    // Hides the static factory WorkloadMeasuresDto.From only by name: the JSON field is the compared period's first day.
    public new required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required WorkloadChangeDto Change { get; init; }

    public string? ScopeChangedText { get; init; }

    public static string KindName(ComparisonKind kind) => kind == ComparisonKind.Previous ? "previous" : "lastYear";
}
