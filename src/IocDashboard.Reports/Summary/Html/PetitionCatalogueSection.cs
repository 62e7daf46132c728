using IocDashboard.Domain.Dossiers;
using IocDashboard.Reports.Forms.Html;

namespace IocDashboard.Reports.Summary.Html;

/// <summary>
/// Part II of the summary: the petitions received in the period and answered by its end, and the procedure catalogue
/// on its last day with the share of qualifying procedures provided fully online.
/// </summary>
internal static class PetitionCatalogueSection
{
    public const string Heading = "II. PHẢN ÁNH, KIẾN NGHỊ VÀ BỘ THỦ TỤC HÀNH CHÍNH";

    public const string FullOnlineShare = "Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến toàn trình";

    public static void Write(HtmlWriter html, PeriodReport report)
    {
        html.Element("h2", Heading).Element("h3", "1. Phản ánh, kiến nghị về quy định, thủ tục hành chính");
        if (report.Petitions.Measures is { } petitions)
        {
            Table(html, "Số phản ánh, kiến nghị",
            [
                ("Tiếp nhận trong kỳ", SummaryFormat.Count(petitions.Received)),
                ("Đã chuyển cơ quan có thẩm quyền", SummaryFormat.Count(petitions.Forwarded)),
                ("Đã trả lời đến cuối kỳ", SummaryFormat.Count(petitions.Answered)),
                ("Trong đó trả lời trực tuyến", SummaryFormat.Count(petitions.AnsweredOnline)),
                ("Tỷ lệ đã trả lời", SummaryFormat.Percent(petitions.ResolutionRate)),
            ]);
        }
        else
        {
            html.Element("p", report.Petitions.Note ?? "", ("class", "note"));
        }

        var catalogue = report.Catalogue.Counts;
        int Level(ProcedureLevel level) => catalogue.ByLevel.GetValueOrDefault((short)level);
        html.Element("h3", $"2. Bộ thủ tục hành chính của tỉnh đến ngày {SummaryFormat.Date(report.Catalogue.AsOf)}");
        Table(html, "Số thủ tục",
        [
            ("Tổng số thủ tục hành chính", SummaryFormat.Count(catalogue.Total)),
            ("Cấp tỉnh", SummaryFormat.Count(Level(ProcedureLevel.Province))),
            ("Cấp huyện", SummaryFormat.Count(Level(ProcedureLevel.District))),
            ("Cấp xã", SummaryFormat.Count(Level(ProcedureLevel.Commune))),
            ("Tích hợp trên Cổng Dịch vụ công quốc gia", SummaryFormat.Count(catalogue.PortalIntegrated)),
            ("Đủ điều kiện cung cấp trực tuyến toàn trình", SummaryFormat.Count(catalogue.FullOnlineEligible)),
            ("Đã cung cấp trực tuyến toàn trình", SummaryFormat.Count(catalogue.FullOnlineProvided)),
            (FullOnlineShare, SummaryFormat.Percent(catalogue.FullOnlineRate)),
        ]);
    }

    private static void Table(HtmlWriter html, string valueHeading, IEnumerable<(string Name, string Value)> rows)
    {
        html.Open("table", ("class", "figures")).Open("thead").Open("tr")
            .Element("th", "Chỉ tiêu").Element("th", valueHeading).Close().Close().Open("tbody");
        foreach (var (name, value) in rows)
        {
            html.Open("tr").Element("td", name, ("class", "name")).Element("td", value, ("class", "count")).Close();
        }

        html.Close().Close();
    }
}
