namespace IocDashboard.Domain.ServiceIndex;

/// <summary>One indicator of the index: its code, Vietnamese name, official maximum and how its rate becomes points.</summary>
public sealed record ServiceIndexIndicator(string Code, string Name, int Maximum, PointsRule Rule);

/// <summary>One of the six groups: its code, Vietnamese name, maximum (the sum of its indicators') and indicators.</summary>
public sealed record ServiceIndexGroup(string Code, string Name, IReadOnlyList<ServiceIndexIndicator> Indicators)
{
    public int Maximum => Indicators.Sum(i => i.Maximum);
}

/// <summary>
/// The service index for citizens and businesses (Decision 766/QĐ-TTg, 23 June 2022): 100 points in six groups, every
/// indicator with its official maximum. The online-service group's one indicator (12) is scored as two halves of 6,
/// online submission and full-process online services, because the warehouse measures the two separately.
/// </summary>
public static class ServiceIndexCatalogue
{
    public const int Maximum = 100;

    public const string PublishedOnTime = "1.1";
    public const string UpdatedOnTime = "1.2";
    public const string PublishedInFull = "1.3";
    public const string SynchronisedToPortal = "1.4";
    public const string ResolvedOnTime = "2.1";
    public const string SubmittedOnline = "3.1";
    public const string FullProcessOnline = "3.2";
    public const string FeesPayableOnline = "4.1";
    public const string FeesPaidOnlineProcedures = "4.2";
    public const string PaidOnline = "4.3";
    public const string PetitionsOnTime = "5.1";
    public const string PetitionSatisfaction = "5.2";
    public const string DossierSatisfaction = "5.3";
    public const string ElectronicResults = "6.1";
    public const string DigitisedDossiers = "6.2";
    public const string DigitisedReused = "6.3";
    public const string DigitisedShared = "6.4";
    public const string PopulationDataUsed = "6.5";
    public const string PopulationDataConnected = "6.6";
    public const string ElectronicCopies = "6.7";

    public static readonly IReadOnlyList<ServiceIndexGroup> Groups =
    [
        new("transparency", "Công khai, minh bạch",
        [
            new(PublishedOnTime, "Công bố, công khai thủ tục hành chính đúng hạn", 6, PointsRule.Linear),
            new(UpdatedOnTime, "Cập nhật, công khai thủ tục hành chính đúng hạn", 4, PointsRule.Linear),
            new(PublishedInFull, "Công khai đầy đủ thủ tục hành chính", 2, PointsRule.Linear),
            new(SynchronisedToPortal, "Đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia", 6, PointsRule.Linear),
        ]),
        new("progress", "Tiến độ giải quyết",
        [
            new(ResolvedOnTime, "Hồ sơ đã giải quyết và đang giải quyết đúng hạn", 20, PointsRule.Linear),
        ]),
        new("onlineService", "Dịch vụ trực tuyến",
        [
            new(SubmittedOnline, "Hồ sơ nộp trực tuyến", 6, PointsRule.FullFromEightyPercent),
            new(FullProcessOnline, "Dịch vụ công trực tuyến toàn trình", 6, PointsRule.FullFromEightyPercent),
        ]),
        new("onlinePayment", "Thanh toán trực tuyến",
        [
            new(FeesPayableOnline, "Thủ tục hành chính có phí, lệ phí cung cấp thanh toán trực tuyến", 2, PointsRule.FullFromEightyPercent),
            new(FeesPaidOnlineProcedures, "Thủ tục hành chính có phát sinh giao dịch thanh toán trực tuyến", 2, PointsRule.FullFromEightyPercent),
            new(PaidOnline, "Hồ sơ thanh toán trực tuyến", 6, PointsRule.FullFromEightyPercent),
        ]),
        new("satisfaction", "Mức độ hài lòng",
        [
            new(PetitionsOnTime, "Phản ánh, kiến nghị được xử lý đúng hạn", 6, PointsRule.FullFromEightyPercent),
            new(PetitionSatisfaction, "Mức độ hài lòng về xử lý phản ánh, kiến nghị", 6, PointsRule.FullFromEightyPercent),
            new(DossierSatisfaction, "Mức độ hài lòng về giải quyết hồ sơ thủ tục hành chính", 6, PointsRule.FullFromEightyPercent),
        ]),
        new("digitisation", "Số hóa hồ sơ",
        [
            new(ElectronicResults, "Cấp kết quả giải quyết thủ tục hành chính điện tử", 6, PointsRule.Linear),
            new(DigitisedDossiers, "Số hóa hồ sơ thủ tục hành chính", 4, PointsRule.Linear),
            new(DigitisedReused, "Khai thác, sử dụng lại thông tin, dữ liệu số hóa", 2, PointsRule.Linear),
            new(DigitisedShared, "Số hóa và chia sẻ kết quả giải quyết thủ tục hành chính", 4, PointsRule.Linear),
            new(PopulationDataUsed, "Sử dụng dữ liệu dân cư trong giải quyết thủ tục hành chính", 2, PointsRule.Linear),
            new(PopulationDataConnected, "Kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư", 2, PointsRule.Linear),
            new(ElectronicCopies, "Chứng thực bản sao điện tử từ bản chính", 2, PointsRule.Linear),
        ]),
    ];

    /// <summary>Every indicator, in the groups' order.</summary>
    public static IEnumerable<ServiceIndexIndicator> Indicators => Groups.SelectMany(g => g.Indicators);
}
