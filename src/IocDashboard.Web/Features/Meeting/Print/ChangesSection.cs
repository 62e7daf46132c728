using IocDashboard.Domain.Formatting;
using IocDashboard.Reports.Forms.Html;
using IocDashboard.Warehouse.Queries;

namespace IocDashboard.Web.Features.Meeting.Print;

/// <summary>
/// Part IV: what changed since the last meeting, to today, as /api/changes lists it: reform tasks newly overdue and
/// completed, indicators whose standing changed, units whose on-time rate fell below the wall's green band, and the
/// petitions received. Province-wide, whatever the unit printed: the meeting reviews the whole province here.
/// </summary>
internal static class ChangesSection
{
    public const string Heading = "IV. TỪ CUỘC HỌP TRƯỚC";

    public static void Write(HtmlWriter html, ChangesResponse changes)
    {
        html.Open("section", ("class", "changes"), ("id", "changes"))
            .Element("h2", $"{Heading} ({VietnameseFormat.Date(changes.Since)} – {VietnameseFormat.Date(changes.Until)})")
            .Element("p", "Toàn tỉnh; so sánh tình trạng ngày họp trước với hôm nay.", ("class", "note"));
        PrintList.Write(html, "1. Nhiệm vụ cải cách hành chính mới quá hạn", changes.TasksNewlyOverdue,
            new PrintColumn<TaskNewlyOverdueItem>("Mã", "code", t => t.Code),
            new("Nhiệm vụ", "name", t => t.Title),
            new("Cơ quan chủ trì", "name", t => t.LeadAgencyName),
            new("Hạn hoàn thành", "date", t => PrintList.Date(t.Deadline)),
            new("Số ngày quá hạn", "count", t => VietnameseFormat.Count(t.DaysOverdue)));
        PrintList.Write(html, "2. Nhiệm vụ cải cách hành chính đã hoàn thành", changes.TasksCompleted,
            new PrintColumn<TaskCompletedItem>("Mã", "code", t => t.Code),
            new("Nhiệm vụ", "name", t => t.Title),
            new("Cơ quan chủ trì", "name", t => t.LeadAgencyName),
            new("Hạn hoàn thành", "date", t => PrintList.Date(t.Deadline)),
            new("Ngày báo cáo hoàn thành", "date", t => PrintList.Date(t.CompletionReportedOn)),
            new("Tình trạng", "name", t => t.StatusText));
        PrintList.Write(html, "3. Chỉ tiêu thay đổi mức đạt", changes.IndicatorsChanged,
            new PrintColumn<IndicatorChangedItem>("Mã", "code", i => i.Code),
            new("Chỉ tiêu", "name", i => i.Name),
            new("Trước", "name", i => i.FromText),
            new("Nay", "name", i => i.ToText),
            new("Giá trị mới nhất", "count", i => i.ValueText),
            new("Kế hoạch", "count", i => i.TargetText));
        PrintList.Write(html, $"4. Đơn vị có tỷ lệ giải quyết đúng hạn xuống dưới {changes.ThresholdText}", changes.UnitsBelowThreshold,
            new PrintColumn<UnitBelowThresholdItem>("Đơn vị", "name", u => u.Name),
            new("Tỷ lệ đúng hạn", "rate", u => u.RateText),
            new("Hồ sơ đã giải quyết", "count", u => VietnameseFormat.Count(u.Resolved)),
            new($"Kỳ trước ({VietnameseFormat.Date(changes.BeforeFrom)} – {VietnameseFormat.Date(changes.BeforeTo)})", "rate", u => u.RateBeforeText),
            new("Hồ sơ đã giải quyết kỳ trước", "count", u => VietnameseFormat.Count(u.ResolvedBefore)));
        PrintList.Write(html, "5. Phản ánh, kiến nghị mới", changes.NewPetitions,
            new PrintColumn<PetitionItem>("Thời điểm nhận", "date", p => PrintList.DateTime(p.ReceivedAt)),
            new("Đơn vị", "name", p => p.UnitName),
            new("Nội dung", "name", p => p.Subject));
        html.Close();
    }
}
