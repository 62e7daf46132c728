using IocDashboard.SeedData.Reference;

namespace IocDashboard.SeedData.History;

/// <summary>
/// One dossier as a one-stop-shop system would report it. Level is province | district | commune; Channel is
/// direct | postal | online; OnlineLevel is 0 (not online), 3 (partial) or 4 (full-process). Times are local.
/// </summary>
public readonly record struct GeneratedDossier(
    string SourceCode,
    string ExternalId,
    OrgUnitRow Unit,
    ProcedureRow Procedure,
    FieldRow Field,
    string Level,
    string Channel,
    int OnlineLevel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ResolvedAt)
{
    public string Status => ResolvedAt is null ? "pending" : "resolved";
}
