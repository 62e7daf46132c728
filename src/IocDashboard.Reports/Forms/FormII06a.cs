using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.OrgUnits;

namespace IocDashboard.Reports.Forms;

/// <summary>
/// One heading cell of the form's table: its text, the form's columns it spans ((1)…(13)) and the heading levels it
/// spans (1 top … 3 bottom). A renderer turns it into a merged range (XLSX) or a th with colspan and rowspan (HTML).
/// </summary>
public sealed record FormHeading(string Text, int FirstColumn, int LastColumn, int TopLevel, int BottomLevel);

/// <summary>
/// The official report form Biểu số II.06a/VPCP/KSTT (Circular 01/2020/TT-VPCP): "the situation and results of
/// resolving administrative procedures at the agencies and units that resolve them directly". Its texts, its 13
/// numbered columns under three levels of headings, and how the workload measures fill columns (3)–(13). Every
/// renderer of the form (the workbook, a printed page) takes them from here.
/// </summary>
public static class FormII06a
{
    public const string FormNumber = "Biểu số II.06a/VPCP/KSTT";

    public const string Title = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC";

    public const string CountUnitLine = "Đơn vị tính: Số hồ sơ TTHC";

    public const string TotalRow = "Tổng số";

    public const int ColumnCount = 13;

    public const int HeadingLevels = 3;

    /// <summary>
    /// From 1 July 2025 local government has two levels: the district level is gone and the commune level is made of
    /// xã and phường only (no more thị trấn), so the row group of the communes is named without it.
    /// </summary>
    public static readonly DateOnly TwoLevelGovernmentFrom = new(2025, 7, 1);

    /// <summary>The heading cells; "Trong kỳ" over (4)–(5), as the circular prints it (some copies say "Trong đó").</summary>
    public static readonly IReadOnlyList<FormHeading> Headings =
    [
        new("STT", 1, 1, 1, 3),
        new("Lĩnh vực, công việc giải quyết theo cấp", 2, 2, 1, 3),
        new("Số hồ sơ nhận giải quyết", 3, 6, 1, 1),
        new("Tổng số", 3, 3, 2, 3),
        new("Trong kỳ", 4, 5, 2, 2),
        new("Trực tuyến", 4, 4, 3, 3),
        new("Trực tiếp, dịch vụ bưu chính", 5, 5, 3, 3),
        new("Từ kỳ trước", 6, 6, 2, 3),
        new("Số hồ sơ đã giải quyết", 7, 10, 1, 1),
        new("Tổng số", 7, 7, 2, 3),
        new("Trước hạn", 8, 8, 2, 3),
        new("Đúng hạn", 9, 9, 2, 3),
        new("Quá hạn", 10, 10, 2, 3),
        new("Số hồ sơ đang giải quyết", 11, 13, 1, 1),
        new("Tổng số", 11, 11, 2, 3),
        new("Trong hạn", 12, 12, 2, 3),
        new("Quá hạn", 13, 13, 2, 3),
    ];

    /// <summary>The row under the headings: "(1)" … "(13)".</summary>
    public static string ColumnNumber(int column) => $"({column})";

    /// <summary>
    /// Columns (3)–(13) of a row: toHandle; received online, received direct or by post; carried over; resolved,
    /// before, on and after the deadline; pending, within and past the deadline. The form's identities (3)=(4)+(5)+(6),
    /// (3)=(7)+(11), (7)=(8)+(9)+(10), (11)=(12)+(13) hold by construction.
    /// </summary>
    public static long[] Counts(WorkloadMeasures m) =>
    [
        m.ToHandle, m.ReceivedOnline, m.ReceivedDirectOrPostal, m.CarriedOver,
        m.Resolved, m.BeforeDeadline, m.OnDeadline, m.Late,
        m.Pending, m.WithinDeadline, m.Overdue,
    ];

    /// <summary>The first column <see cref="Counts"/> fills.</summary>
    public const int FirstCountColumn = 3;

    /// <summary>
    /// The heading of a row group of the table by unit: "Sở, ban, ngành", "Huyện, thị xã, thành phố", "Xã, phường, thị
    /// trấn" (from 1 July 2025 "Xã, phường"), and "Đơn vị khác" for any other kind.
    /// </summary>
    public static string GroupHeading(OrgUnitKind? kind, DateOnly periodTo) => kind switch
    {
        OrgUnitKind.Agency => "Sở, ban, ngành",
        OrgUnitKind.District => "Huyện, thị xã, thành phố",
        OrgUnitKind.Commune => periodTo >= TwoLevelGovernmentFrom ? "Xã, phường" : "Xã, phường, thị trấn",
        _ => "Đơn vị khác",
    };

    /// <summary>
    /// "Đơn vị báo cáo": the People's Committee of a province, district or commune ("Tỉnh Tây Ninh" → "Ủy ban nhân
    /// dân tỉnh Tây Ninh"), the agency or centre itself otherwise.
    /// </summary>
    public static string Reporter(string unitName, OrgUnitKind? kind) => kind is OrgUnitKind.Province or OrgUnitKind.District or OrgUnitKind.Commune
        ? "Ủy ban nhân dân " + char.ToLowerInvariant(unitName[0]) + unitName[1..]
        : unitName;

    /// <summary>
    /// "Đơn vị nhận báo cáo": the province reports to the Government Office; its agencies, centres, districts and
    /// communes report to the Office of the provincial People's Committee, which compiles the province's report.
    /// </summary>
    public static string Recipient(OrgUnitKind? kind) => kind == OrgUnitKind.Province
        ? "Văn phòng Chính phủ"
        : "Văn phòng Ủy ban nhân dân tỉnh Tây Ninh";
}
