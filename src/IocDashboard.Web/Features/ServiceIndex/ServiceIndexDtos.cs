using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.ServiceIndex;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Web.Features.ServiceIndex;

/// <summary>
/// One indicator: its maximum, its rate and points when the warehouse supports it (points unrounded to six decimals,
/// their text rounded to two), otherwise null with "chưa có dữ liệu" and the reason; the rule and the data source.
/// </summary>
public sealed record ServiceIndexIndicatorDto(
    string Code, string Name, int Maximum, double? Rate, string RateText, double? Points, string PointsText,
    string Rule, string RuleText, string Source, string? MissingReason)
{
    public static ServiceIndexIndicatorDto From(ScoredIndicator i) => new(
        i.Indicator.Code,
        i.Indicator.Name,
        i.Indicator.Maximum,
        VietnameseFormat.Fraction(i.Evidence.Rate),
        VietnameseFormat.Percent(i.Evidence.Rate),
        Round(i.Points),
        i.Points is { } p ? ServiceIndexScore.PointsText(p) : ServiceIndexScore.MissingText,
        PointsRules.Name(i.Indicator.Rule),
        PointsRules.Text(i.Indicator.Rule),
        i.Evidence.Source,
        i.Evidence.MissingReason);

    /// <summary>Points for JSON: enough decimals that the rounded texts and the sums can be checked.</summary>
    public static double? Round(double? points) => points is { } p ? Math.Round(p, 6, MidpointRounding.AwayFromZero) : null;
}

/// <summary>A group: its indicators, the points and maximum of those with data, and the group's official maximum.</summary>
public sealed record ServiceIndexGroupDto(
    string Code, string Name, int Maximum, double PointsWithData, int MaximumWithData, string Text,
    IReadOnlyList<ServiceIndexIndicatorDto> Indicators)
{
    public static ServiceIndexGroupDto From(ScoredGroup g) => new(
        g.Group.Code, g.Group.Name, g.Group.Maximum, ServiceIndexIndicatorDto.Round(g.PointsWithData)!.Value, g.MaximumWithData,
        ServiceIndexScore.Label(g.PointsWithData, g.MaximumWithData), g.Indicators.Select(ServiceIndexIndicatorDto.From).ToList());
}

/// <summary>The figures the index was computed from, to check it by hand.</summary>
public sealed record ServiceIndexInputsDto(
    long Resolved, long BeforeDeadline, long OnDeadline, long Late, long Pending, long WithinDeadline, long Received, long ReceivedOnline,
    long PetitionsReceived, long PetitionsOnTime, long PetitionsLate, long PetitionsOpen, int PetitionAnswerWorkingDays,
    int FullOnlineEligible, int FullOnlineProvided, decimal? PaidOnlineValue, string? PaidOnlinePeriod, decimal? DigitisedValue, string? DigitisedPeriod)
{
    public static ServiceIndexInputsDto From(ServiceIndexEstimate e, int workingDays) => new(
        e.Workload.Resolved, e.Workload.BeforeDeadline, e.Workload.OnDeadline, e.Workload.Late, e.Workload.Pending,
        e.Workload.WithinDeadline, e.Workload.Received, e.Workload.ReceivedOnline,
        e.Petitions.Received, e.Petitions.OnTime, e.Petitions.Late, e.Petitions.Open, workingDays,
        e.Catalogue.FullOnlineEligible, e.Catalogue.FullOnlineProvided,
        e.PaidOnline?.Actual, e.PaidOnline?.ActualPeriod?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        e.Digitised?.Actual, e.Digitised?.ActualPeriod?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// GET /api/service-index: the estimate for a unit (with the units under it) and a period. <c>Text</c> is
/// "x / y điểm có dữ liệu"; <c>Maximum</c> the index's 100.
/// </summary>
public sealed record ServiceIndexResponse(
    string Unit, string UnitName, DateOnly From, DateOnly To, double PointsWithData, int MaximumWithData, int Maximum, string Text,
    IReadOnlyList<ServiceIndexGroupDto> Groups, ServiceIndexInputsDto Inputs,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? ScopeChangedText);
