using IocDashboard.Domain.Dossiers;
using IocDashboard.SeedData.History;
using IocDashboard.Warehouse.Loading;
using Seed = IocDashboard.SeedData.Reference;

namespace IocDashboard.Seeding;

/// <summary>
/// The seed files' rows as the Warehouse's writers take them. The seed generator keeps its own types (it serves
/// the source simulator too, which shares nothing with the warehouse): here its codes and texts become the
/// warehouse's ids and enums.
/// </summary>
internal static class SeedRows
{
    public static ReferenceDimensions Dimensions(Seed.ReferenceData reference) => new(
        reference.OrgUnits.Select(u => new OrgUnitRow(
            u.Code, u.Name, u.Kind, u.ParentCode, u.ValidFrom, u.ValidTo, u.StatCode, RowOrigins.Parse(u.Source))).ToList(),
        reference.OrgUnitSuccessors.Select(l => new OrgUnitSuccessorRow(l.PredecessorCode, l.SuccessorCode, l.Partial, l.EffectiveOn)).ToList(),
        reference.OrgUnitRevisions.Select(r => new OrgUnitRevisionRow(
            r.Code, r.ValidFrom, r.ValidTo, r.StatCode, r.SeatCode, RowOrigins.Parse(r.Source))).ToList(),
        reference.Fields.Select(f => new FieldRow(f.Code, f.Name, f.OwnerAgencyCode, RowOrigins.Parse(f.Source))).ToList(),
        reference.Procedures.Select(p => new ProcedureRow(
            p.Code, p.Name, p.FieldCode, DossierCodes.ParseLevel(p.Level), (short)p.OnlineLevel, p.ValidFrom, p.ValidTo, p.PortalIntegrated,
            p.FullOnlineEligible, RowOrigins.Parse(p.Source))).ToList(),
        reference.ReformAreas.Select(a => new ReformAreaRow(a.Code, a.Name, a.IsReformArea)).ToList(),
        reference.Indicators.Select(i => new IndicatorRow(
            i.Code, i.Name, i.Unit, i.Direction, i.OwnerAgencyCode, i.Origin, RowOrigins.Parse(i.Source))).ToList(),
        reference.IndicatorTargets.Select(t => new IndicatorTargetRow(t.IndicatorCode, (short)t.Year, t.Target)).ToList());

    public static ReformTaskRow Task(Seed.ReformTaskRow t, ReferenceCodes codes) => new(
        t.Code, t.Title, codes.ReformAreas[t.AreaCode], codes.Units[t.LeadAgencyCode], t.CoAgencyCodes.Select(a => codes.Units[a]).ToList(),
        t.StartDate, t.Deadline, t.CompletionReportedOn, t.CompletionConfirmedOn);

    public static IndicatorValueRow IndicatorValue(Seed.IndicatorValueRow v, ReferenceCodes codes) =>
        new(codes.Indicators[v.IndicatorCode], v.Period, v.Value);

    public static PetitionRow Petition(Seed.FeedbackRow f, ReferenceCodes codes) => new(
        f.ExternalId, f.ReceivedAt, f.Channel, codes.Units[f.UnitCode], f.Subject, f.ForwardedAt, f.AnsweredAt, f.AnsweredOnline);

    public static DossierRow Dossier(GeneratedDossier d, ReferenceCodes codes) => new(
        d.ExternalId, codes.Units[d.Unit.Code], codes.Procedures[d.Procedure.Code].Id, codes.Fields[d.Field.Code],
        DossierCodes.ParseLevel(d.Level), DossierCodes.ParseChannel(d.Channel), (OnlineServiceLevel)d.OnlineLevel,
        d.ReceivedAt, d.DueAt, d.ResolvedAt, d.ResolvedAt is null ? DossierStatus.Pending : DossierStatus.Resolved);
}
