using IocDashboard.Domain.Dossiers;
using IocDashboard.Ingestion.Feeds;

namespace IocDashboard.Ingestion.Dossiers;

/// <summary>A dossier as a one-stop-shop system reported it, validated and mapped to warehouse ids.</summary>
public sealed record DossierRecord(
    string ExternalId,
    int UnitId,
    int ProcedureId,
    short FieldId,
    ProcedureLevel Level,
    Channel Channel,
    OnlineServiceLevel OnlineLevel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ResolvedAt,
    DossierStatus Status,
    DateTimeOffset UpdatedAt) : IFeedRecord;
