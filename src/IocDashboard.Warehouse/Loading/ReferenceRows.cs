using IocDashboard.Domain.Dossiers;

namespace IocDashboard.Warehouse.Loading;

// The dimension rows the ReferenceWriter takes. They refer to one another by code (a unit's parent, a field's
// owner, a procedure's field), as their sources do; the writer maps the codes to ids. Source is where the row
// came from (the column of that name).

/// <summary>An org unit valid over [ValidFrom, ValidTo), with its parent by code (a row of the same batch).</summary>
public sealed record OrgUnitRow(
    string Code, string Name, string Kind, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo, string? StatCode, RowOrigin Source);

/// <summary>
/// The unit <paramref name="PredecessorCode"/> went into <paramref name="SuccessorCode"/> on <paramref name="EffectiveOn"/>,
/// wholly or, when <paramref name="Partial"/>, only in part (it was split between several successors).
/// </summary>
public sealed record OrgUnitSuccessorRow(string PredecessorCode, string SuccessorCode, bool Partial, DateOnly EffectiveOn);

/// <summary>
/// Attributes of a unit that changed while it kept its code, valid over [ValidFrom, ValidTo): its statistics code and
/// its seat (another unit, by code). They override the unit's own stat_code on those days.
/// </summary>
public sealed record OrgUnitRevisionRow(string Code, DateOnly ValidFrom, DateOnly? ValidTo, string? StatCode, string? SeatCode, RowOrigin Source);

public sealed record FieldRow(string Code, string Name, string OwnerAgencyCode, RowOrigin Source);

/// <summary>
/// A procedure (one version of it) valid over [ValidFrom, ValidTo). <paramref name="FullOnlineEligible"/>: whether it qualifies
/// for full-process online service, which online level 4 provides.
/// </summary>
public sealed record ProcedureRow(
    string Code, string Name, string FieldCode, ProcedureLevel Level, short OnlineLevel, DateOnly ValidFrom, DateOnly? ValidTo,
    bool PortalIntegrated, bool FullOnlineEligible, RowOrigin Source);

public sealed record ReformAreaRow(string Code, string Name, bool IsReformArea);

/// <summary>A digital-transformation indicator; <paramref name="Origin"/> is the document that defines it.</summary>
public sealed record IndicatorRow(string Code, string Name, string Unit, string Direction, string OwnerAgencyCode, string Origin, RowOrigin Source);

public sealed record IndicatorTargetRow(string IndicatorCode, short Year, decimal Target);

/// <summary>Every dimension the source systems refer to by code, written together by <see cref="ReferenceWriter"/>.</summary>
public sealed record ReferenceDimensions(
    IReadOnlyList<OrgUnitRow> OrgUnits,
    IReadOnlyList<OrgUnitSuccessorRow> OrgUnitSuccessors,
    IReadOnlyList<OrgUnitRevisionRow> OrgUnitRevisions,
    IReadOnlyList<FieldRow> Fields,
    IReadOnlyList<ProcedureRow> Procedures,
    IReadOnlyList<ReformAreaRow> ReformAreas,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<IndicatorTargetRow> IndicatorTargets);
