namespace IocDashboard.SeedData.Reference;

// Plain records of the reference files in seed-data/reference (one per CSV row). Kinds and levels stay
// strings here: this project is the "other side" and shares no types with the warehouse.

/// <summary>An org unit; valid from <paramref name="ValidFrom"/> up to, not including, <paramref name="ValidTo"/>.</summary>
public sealed record OrgUnitRow(
    string Code, string Name, string Kind, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo,
    string? StatCode, string Source)
{
    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);
}

/// <summary>
/// An old unit went (wholly, or in part when <paramref name="Partial"/>) into a new one on
/// <paramref name="EffectiveOn"/>: the predecessor's valid_to and the successor's valid_from.
/// </summary>
public sealed record OrgUnitSuccessorRow(string PredecessorCode, string SuccessorCode, bool Partial, DateOnly EffectiveOn, string Source);

/// <summary>A unit's dated attributes (statistics code, seat) over [ValidFrom, ValidTo), when they change while its code stays.</summary>
public sealed record OrgUnitRevisionRow(string Code, DateOnly ValidFrom, DateOnly? ValidTo, string? StatCode, string? SeatCode, string Source);

public sealed record FieldRow(
    string Code, string Name, string OwnerAgencyCode, int DueDaysMin, int DueDaysMax, string Speed,
    double LateWeight, double WeightProvince, double WeightDistrict, double WeightCommune, string Source)
{
    public double WeightAt(string level) => level switch
    {
        "province" => WeightProvince,
        "district" => WeightDistrict,
        "commune" => WeightCommune,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown level"),
    };
}

/// <summary>
/// A procedure (one version of it) valid over [ValidFrom, ValidTo). <paramref name="FullOnlineEligible"/>: whether it
/// qualifies for full-process online service; online level 4 is that service.
/// </summary>
public sealed record ProcedureRow(
    string Code, string Name, string FieldCode, string Level, int OnlineLevel, DateOnly ValidFrom,
    DateOnly? ValidTo, bool PortalIntegrated, bool FullOnlineEligible, string Source)
{
    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);
}

public sealed record ReformAreaRow(string Code, string Name, bool IsReformArea, string Source);

public sealed record ReformTaskRow(
    string Code, string Title, string AreaCode, string LeadAgencyCode, IReadOnlyList<string> CoAgencyCodes,
    DateOnly StartDate, DateOnly Deadline, DateOnly? CompletionReportedOn, DateOnly? CompletionConfirmedOn, string Source);

public sealed record IndicatorRow(
    string Code, string Name, string Unit, string Direction, string OwnerAgencyCode, string Origin, string Source);

public sealed record IndicatorTargetRow(string IndicatorCode, int Year, decimal Target, string Source);

public sealed record IndicatorValueRow(string IndicatorCode, DateOnly Period, decimal Value, string Source);

public sealed record FeedbackRow(
    string ExternalId, DateTimeOffset ReceivedAt, string Channel, string UnitCode, string Subject,
    DateTimeOffset? ForwardedAt, DateTimeOffset? AnsweredAt, bool? AnsweredOnline, string Source);
