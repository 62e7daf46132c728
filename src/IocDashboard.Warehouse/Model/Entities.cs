namespace IocDashboard.Warehouse.Model;

// Entities of the warehouse's core schema. Column names are the snake_case of the property names
// (WarehouseDbContext applies that once); the SQL migrations are the source of truth for the schema.

public sealed class LoadBatch
{
    public long Id { get; init; }
    public required string SourceCode { get; init; }
    public required string Kind { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; set; }
    public long RowsWritten { get; set; }
    public string? Note { get; init; }
}

public sealed class OrgUnit
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public int? ParentId { get; init; }
    public DateOnly ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public string? StatCode { get; init; }
    public required string Source { get; init; }
    public long? LoadBatchId { get; init; }

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);

    /// <summary>Valid on at least one day of [from, to] (ValidTo is exclusive): the unit has figures to report for those days.</summary>
    public bool ExistedDuring(DateOnly from, DateOnly to) => ValidFrom <= to && (ValidTo is null || ValidTo > from);
}

/// <summary>The predecessor went into the successor on EffectiveOn; Partial when only part of it did (it was split).</summary>
public sealed class OrgUnitSuccessor
{
    public int PredecessorId { get; init; }
    public int SuccessorId { get; init; }
    public bool Partial { get; init; }
    public DateOnly EffectiveOn { get; init; }
}

/// <summary>A unit's statistics code and seat over [ValidFrom, ValidTo), overriding the unit's own stat code on those days.</summary>
public sealed class OrgUnitRevision
{
    public int OrgUnitId { get; init; }
    public DateOnly ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public string? StatCode { get; init; }
    public int? SeatId { get; init; }
    public required string Source { get; init; }
    public long? LoadBatchId { get; init; }

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);
}

public sealed class ProcedureField
{
    public short Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public int? OwnerAgencyId { get; init; }
    public required string Source { get; init; }
}

public sealed class Procedure
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public short FieldId { get; init; }
    public short Level { get; init; }
    public short OnlineLevel { get; init; }
    public DateOnly ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public bool PortalIntegrated { get; init; }
    public bool FullOnlineEligible { get; init; }
    public required string Source { get; init; }
    public long? LoadBatchId { get; init; }
}

public sealed class ReformArea
{
    public short Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public bool IsReformArea { get; init; }
}

public sealed class ReformTask
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public required string Title { get; init; }
    public short AreaId { get; init; }
    public int LeadAgencyId { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly Deadline { get; init; }
    public required string Source { get; init; }
    public long? LoadBatchId { get; init; }
    public List<ReformTaskEvent> Events { get; init; } = [];
}

public sealed class ReformTaskEvent
{
    public const string CompletionReported = "completionReported";
    public const string CompletionConfirmed = "completionConfirmed";

    public long Id { get; init; }
    public int TaskId { get; init; }
    public required string Kind { get; init; }
    public DateOnly OccurredOn { get; init; }
    public long? LoadBatchId { get; init; }
}

public sealed class DxIndicator
{
    public short Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Unit { get; init; }
    public required string Direction { get; init; }
    public int? OwnerAgencyId { get; init; }
    public required string Origin { get; init; }
    public required string Source { get; init; }
}

public sealed class DxIndicatorTarget
{
    public short IndicatorId { get; init; }
    public short Year { get; init; }
    public decimal Target { get; init; }
}

public sealed class DxIndicatorValue
{
    public short IndicatorId { get; init; }
    public DateOnly Period { get; init; }
    public decimal Value { get; init; }
    public long? LoadBatchId { get; init; }
}

public sealed class FeedbackItem
{
    public long Id { get; init; }
    public required string SourceCode { get; init; }
    public required string ExternalId { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public required string Channel { get; init; }
    public int UnitId { get; init; }
    public required string Subject { get; init; }
    public DateTimeOffset? ForwardedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public bool? AnsweredOnline { get; init; }
    public long? LoadBatchId { get; init; }
}

/// <summary>A source system of dossiers ("MOTCUA-705"); dossiers are keyed by its id and their id in it.</summary>
public sealed class DossierSource
{
    public short Id { get; init; }
    public required string Code { get; init; }
}

public sealed class Dossier
{
    public short SourceId { get; init; }
    public required string ExternalId { get; init; }
    public int UnitId { get; init; }
    public int ProcedureId { get; init; }
    public short FieldId { get; init; }
    public short Level { get; init; }
    public short Channel { get; init; }
    public short OnlineLevel { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public short Status { get; init; }
    public long? LoadBatchId { get; init; }
}
