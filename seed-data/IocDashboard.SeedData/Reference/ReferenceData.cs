using System.Globalization;

namespace IocDashboard.SeedData.Reference;

/// <summary>Everything in seed-data/reference, read once.</summary>
public sealed record ReferenceData(
    IReadOnlyList<OrgUnitRow> OrgUnits,
    IReadOnlyList<OrgUnitSuccessorRow> OrgUnitSuccessors,
    IReadOnlyList<OrgUnitRevisionRow> OrgUnitRevisions,
    IReadOnlyList<FieldRow> Fields,
    IReadOnlyList<ProcedureRow> Procedures,
    IReadOnlyList<ReformAreaRow> ReformAreas,
    IReadOnlyList<ReformTaskRow> ReformTasks,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<IndicatorTargetRow> IndicatorTargets,
    IReadOnlyList<IndicatorValueRow> IndicatorValues,
    IReadOnlyList<FeedbackRow> Feedback)
{
    public static ReferenceData Load(string seedDataDirectory)
    {
        var dir = Path.Combine(seedDataDirectory, "reference");
        IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string name) => Csv.ReadFile(Path.Combine(dir, name));

        return new ReferenceData(
            Read("org_units.csv").Select(r => new OrgUnitRow(
                r.Text("code"), r.Text("name"), r.Text("kind"), r.OptionalText("parent_code"), r.Date("valid_from"),
                r.OptionalDate("valid_to"), r.OptionalText("stat_code"), r.Text("source"))).ToList(),
            Read("org_unit_successors.csv").Select(r => new OrgUnitSuccessorRow(
                r.Text("predecessor_code"), r.Text("successor_code"), r.Bool("partial"), r.Date("effective_on"), r.Text("source"))).ToList(),
            Read("org_unit_revisions.csv").Select(r => new OrgUnitRevisionRow(
                r.Text("code"), r.Date("valid_from"), r.OptionalDate("valid_to"), r.OptionalText("stat_code"), r.OptionalText("seat_code"),
                r.Text("source"))).ToList(),
            Read("fields.csv").Select(r => new FieldRow(
                r.Text("code"), r.Text("name"), r.Text("owner_agency_code"), r.Int("due_days_min"), r.Int("due_days_max"),
                r.Text("speed"), r.Double("late_weight"), r.Double("weight_province"), r.Double("weight_district"),
                r.Double("weight_commune"), r.Text("source"))).ToList(),
            Read("procedures.csv").Select(r => new ProcedureRow(
                r.Text("code"), r.Text("name"), r.Text("field_code"), r.Text("level"), r.Int("online_level"),
                r.Date("valid_from"), r.OptionalDate("valid_to"), r.Bool("portal_integrated"), r.Bool("full_online_eligible"),
                r.Text("source"))).ToList(),
            Read("reform_areas.csv").Select(r => new ReformAreaRow(
                r.Text("code"), r.Text("name"), r.Bool("is_reform_area"), r.Text("source"))).ToList(),
            Read("reform_tasks.csv").Select(r => new ReformTaskRow(
                r.Text("code"), r.Text("title"), r.Text("area_code"), r.Text("lead_agency_code"),
                (r.OptionalText("co_agency_codes") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                r.Date("start_date"), r.Date("deadline"), r.OptionalDate("completion_reported_on"),
                r.OptionalDate("completion_confirmed_on"), r.Text("source"))).ToList(),
            Read("indicators.csv").Select(r => new IndicatorRow(
                r.Text("code"), r.Text("name"), r.Text("unit"), r.Text("direction"), r.Text("owner_agency_code"),
                r.Text("origin"), r.Text("source"))).ToList(),
            Read("indicator_targets.csv").Select(r => new IndicatorTargetRow(
                r.Text("indicator_code"), r.Int("year"), r.Decimal("target"), r.Text("source"))).ToList(),
            Read("indicator_values.csv").Select(r => new IndicatorValueRow(
                r.Text("indicator_code"),
                DateOnly.ParseExact(r.Text("period") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.Decimal("value"), r.Text("source"))).ToList(),
            Read("feedback.csv").Select(r => new FeedbackRow(
                r.Text("external_id"), r.OptionalInstant("received_at") ?? throw new InvalidDataException("feedback without received_at"),
                r.Text("channel"), r.Text("unit_code"), r.Text("subject"), r.OptionalInstant("forwarded_at"),
                r.OptionalInstant("answered_at"), r.OptionalBool("answered_online"), r.Text("source"))).ToList());
    }
}
