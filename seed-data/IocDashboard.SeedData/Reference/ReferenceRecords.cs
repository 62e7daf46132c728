namespace IocDashboard.SeedData.Reference;

// Plain records of the reference files in seed-data/reference (one per CSV row). Kinds and levels stay
// strings here: this project is the "other side" and shares no types with the warehouse.

public sealed record OrgUnitRow(
    string Code, string Name, string Kind, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo,
    string? SuccessorCode, string? StatCode, string Source)
{
    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);
}

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

public sealed record ProcedureRow(
    string Code, string Name, string FieldCode, string Level, int OnlineLevel, DateOnly ValidFrom,
    DateOnly? ValidTo, bool PortalIntegrated, string Source)
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
