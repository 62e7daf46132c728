using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.OrgUnits;
using IocDashboard.Domain.Periods;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Reports.Forms;

/// <summary>The unit a report is about: its code, name and kind (null when the warehouse holds a kind this code does not know).</summary>
public sealed record AnnexUnit(string Code, string Name, OrgUnitKind? Kind)
{
    /// <summary>"Đơn vị báo cáo" on the form.</summary>
    public string Reporter => FormII06a.Reporter(Name, Kind);

    /// <summary>"Đơn vị nhận báo cáo" on the form.</summary>
    public string Recipient => FormII06a.Recipient(Kind);
}

/// <summary>A row group of the table by unit ("Sở, ban, ngành", then the districts or the communes) and its subtotal.</summary>
public sealed record AnnexGroup(OrgUnitKind? Kind, string Heading, IReadOnlyList<WorkloadRow> Rows)
{
    public WorkloadMeasures Measures => WorkloadMeasures.Sum(Rows.Select(r => r.Measures));
}

/// <summary>
/// The figures of form II.06a for one reporting period and one unit (with the units under it, all procedure levels):
/// the table by procedure field (most to handle first) and the table by unit (the ranked units of
/// <see cref="WorkloadQueries.ByUnitAsync"/>, grouped by kind in its order), each with its total. Made once, rendered
/// by every output (the workbook; later the printed report and the archive).
/// </summary>
public sealed record WorkloadAnnex(
    ReportTerm Term,
    CutOff CutOff,
    AnnexUnit Unit,
    IReadOnlyList<WorkloadRow> Fields,
    IReadOnlyList<AnnexGroup> UnitGroups)
{
    public ReportingPeriod Days => Term.Days(CutOff);

    /// <summary>What follows "Kỳ báo cáo:": "Quý III năm 2026 (Từ ngày 15/6/2026 đến ngày 14/9/2026)".</summary>
    public string PeriodLabel => Term.Label(CutOff);

    public WorkloadMeasures FieldTotal => WorkloadMeasures.Sum(Fields.Select(r => r.Measures));

    public WorkloadMeasures UnitTotal => WorkloadMeasures.Sum(UnitGroups.Select(g => g.Measures));

    /// <summary>The unit rows grouped by kind, consecutive kinds together, in the order given.</summary>
    public static IReadOnlyList<AnnexGroup> GroupUnits(IEnumerable<WorkloadRow> rows, DateOnly periodTo)
    {
        var groups = new List<AnnexGroup>();
        foreach (var row in rows)
        {
            var kind = ParseKind(row.Kind);
            if (groups.Count == 0 || groups[^1].Kind != kind)
            {
                groups.Add(new AnnexGroup(kind, FormII06a.GroupHeading(kind, periodTo), []));
            }

            groups[^1] = groups[^1] with { Rows = [.. groups[^1].Rows, row] };
        }

        return groups;
    }

    /// <summary>The warehouse spells kinds in camelCase ("serviceCentre"), as the API does.</summary>
    public static OrgUnitKind? ParseKind(string? kind) =>
        Enum.TryParse<OrgUnitKind>(kind, ignoreCase: true, out var parsed) ? parsed : null;
}
