using IocDashboard.Domain.Dossiers;

namespace IocDashboard.Reports.Forms.Html;

/// <summary>
/// The summary page before the form (A4 portrait): the period, the reporting unit, and the total of the table by
/// field as one line per column (3)–(13), named by its headings, with the on-time and online rates.
/// </summary>
internal static class AnnexSummary
{
    public const string Title = "TÓM TẮT KẾT QUẢ GIẢI QUYẾT TTHC";

    public static void Write(HtmlWriter html, WorkloadAnnex annex)
    {
        var total = annex.FieldTotal;
        html.Open("section", ("class", "summary"), ("id", "summary"))
            .Element("h1", Title)
            .Element("p", "Kỳ báo cáo: " + annex.PeriodLabel, ("class", "period"))
            .Element("p", "Đơn vị báo cáo: " + annex.Unit.Reporter, ("class", "line"))
            .Element("p", "Đơn vị nhận báo cáo: " + annex.Unit.Recipient, ("class", "line"))
            .Element("p", $"Số liệu: dòng “{FormII06a.TotalRow}” của bảng theo lĩnh vực, {FormII06a.FormNumber}.", ("class", "line"));
        html.Open("table").Open("thead").Open("tr")
            .Element("th", "Cột").Element("th", "Chỉ tiêu").Element("th", "Số hồ sơ")
            .Close().Close().Open("tbody");
        var counts = FormII06a.Counts(total);
        for (var i = 0; i < counts.Length; i++)
        {
            var column = FormII06a.FirstCountColumn + i;
            html.Open("tr")
                .Element("td", FormII06a.ColumnNumber(column), ("class", "ordinal"))
                .Element("td", HeadingPath(column), ("class", "name"))
                .Element("td", VietnameseNumbers.Count(counts[i]), ("class", "count"))
                .Close();
        }

        Rate(html, "Tỷ lệ giải quyết đúng hạn ((8)+(9))/(7)", total.ShownOnTimeRate);
        Rate(html, "Tỷ lệ tiếp nhận trực tuyến (4)/((4)+(5))", total.OnlineRate);
        html.Close().Close().Close();
    }

    /// <summary>The headings over a column, top to bottom: "Số hồ sơ nhận giải quyết – Trong kỳ – Trực tuyến".</summary>
    public static string HeadingPath(int column) => string.Join(" – ", FormII06a.Headings
        .Where(h => h.FirstColumn <= column && column <= h.LastColumn)
        .OrderBy(h => h.TopLevel)
        .Select(h => h.Text));

    private static void Rate(HtmlWriter html, string name, double? rate) => html.Open("tr", ("class", "rate"))
        .Element("td", "", ("class", "ordinal"))
        .Element("td", name, ("class", "name"))
        .Element("td", VietnameseNumbers.Percent(rate), ("class", "count"))
        .Close();
}
