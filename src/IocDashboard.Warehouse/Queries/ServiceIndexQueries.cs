using System.Globalization;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Periods;
using IocDashboard.Domain.ServiceIndex;
using static IocDashboard.Domain.ServiceIndex.ServiceIndexCatalogue;

namespace IocDashboard.Warehouse.Queries;

/// <summary>The index of a scope and period with the figures it was computed from.</summary>
public sealed record ServiceIndexEstimate(
    ServiceIndexScore Score, WorkloadMeasures Workload, PetitionTimelinessCounts Petitions, ProcedureCatalogueCounts Catalogue,
    IndicatorOnDate? PaidOnline, IndicatorOnDate? Digitised);

/// <summary>
/// Gathers the inputs of the Decision 766 service index through the queries that already give each figure — the
/// workload of the period (as /api/dossiers/workload), the procedure catalogue on the period's last day (as
/// /api/procedures/summary), the DX indicators on that day (as /api/indicators) — and the petitions of the scope, and
/// scores them with the Domain's rules. Every indicator the warehouse cannot support is missing data with its reason.
/// </summary>
public sealed class ServiceIndexQueries(
    WorkloadQueries workload, PetitionTimelinessQuery petitions, ProcedureQueries procedures, IndicatorQueries indicators)
{
    public const string PaidOnlineIndicator = "CDS04";
    public const string DigitisedIndicator = "CDS05";

    /// <param name="provinceWide">The scope is the whole province: the DX indicators are the province's figures only.</param>
    public async Task<ServiceIndexEstimate> EstimateAsync(
        ReportingPeriod period, DossierScope scope, bool provinceWide, PetitionDeadline deadline, CancellationToken cancellationToken)
    {
        // The two raw-SQL reads on pooled connections of their own, side by side with the EF Core reads (one context,
        // one after the other).
        var workloadTask = workload.TotalAsync(period, scope, cancellationToken);
        var petitionsTask = petitions.CountAsync(period, scope, deadline, cancellationToken);
        var catalogue = await procedures.CatalogueAsync(period.To, cancellationToken);
        var onDate = provinceWide ? await indicators.OnDateAsync(period.To, cancellationToken) : [];
        var (measures, petitionCounts) = (await workloadTask, await petitionsTask);
        var paid = onDate.FirstOrDefault(i => i.Code == PaidOnlineIndicator);
        var digitised = onDate.FirstOrDefault(i => i.Code == DigitisedIndicator);

        var evidence = new Dictionary<string, IndicatorEvidence>(StringComparer.Ordinal);
        const string noPublication = "Kho dữ liệu chưa có nguồn về công bố, công khai thủ tục hành chính và đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia.";
        foreach (var code in new[] { PublishedOnTime, UpdatedOnTime, PublishedInFull, SynchronisedToPortal })
        {
            evidence[code] = IndicatorEvidence.Missing("—", noPublication);
        }

        const string workloadSource = "Khối lượng hồ sơ của kỳ (/api/dossiers/workload)";
        evidence[ResolvedOnTime] = IndicatorEvidence.Of(
            ServiceIndexRates.Progress(measures),
            workloadSource + ": (trước hạn + đúng hạn + đang giải quyết trong hạn) / (đã giải quyết + đang giải quyết)",
            "Không có hồ sơ phải giải quyết trong kỳ.");
        evidence[SubmittedOnline] = IndicatorEvidence.Of(
            measures.OnlineRate, workloadSource + ": tiếp nhận trực tuyến / tiếp nhận", "Không có hồ sơ tiếp nhận trong kỳ.");
        evidence[FullProcessOnline] = IndicatorEvidence.Of(
            catalogue.FullOnlineRate,
            $"Danh mục thủ tục hành chính ngày {VietnameseFormat.Date(period.To)} (/api/procedures/summary): cung cấp trực tuyến toàn trình / đủ điều kiện",
            $"Danh mục thủ tục hành chính ngày {VietnameseFormat.Date(period.To)} không có thủ tục đủ điều kiện cung cấp trực tuyến toàn trình.");

        const string noFees = "Kho dữ liệu không có danh mục phí, lệ phí của thủ tục hành chính.";
        evidence[FeesPayableOnline] = IndicatorEvidence.Missing("—", noFees);
        evidence[FeesPaidOnlineProcedures] = IndicatorEvidence.Missing("—", noFees);
        evidence[PaidOnline] = FromIndicator(PaidOnlineIndicator, paid, provinceWide, period);

        evidence[PetitionsOnTime] = IndicatorEvidence.Of(
            ServiceIndexRates.PetitionsOnTime(petitionCounts.OnTime, petitionCounts.Late),
            $"Phản ánh, kiến nghị tiếp nhận trong kỳ: trả lời trong {deadline.WorkingDays} ngày làm việc / đã đến hạn trả lời",
            "Không có phản ánh, kiến nghị tiếp nhận trong kỳ đã đến hạn trả lời.");
        evidence[PetitionSatisfaction] = IndicatorEvidence.Missing(
            "—", "Kho dữ liệu không có kết quả đánh giá của người dân về việc xử lý phản ánh, kiến nghị.");
        evidence[DossierSatisfaction] = IndicatorEvidence.Of(
            ServiceIndexRates.DossierSatisfaction(measures, petitionCounts.Received),
            workloadSource + " và phản ánh, kiến nghị: (đã giải quyết − quá hạn − phản ánh, kiến nghị tiếp nhận trong kỳ) / đã giải quyết",
            "Không có hồ sơ giải quyết xong trong kỳ.");

        evidence[ElectronicResults] = FromIndicator(DigitisedIndicator, digitised, provinceWide, period);
        evidence[DigitisedDossiers] = FromIndicator(DigitisedIndicator, digitised, provinceWide, period);
        const string notMeasured = "Các chỉ tiêu chuyển đổi số của tỉnh không đo nội dung này.";
        foreach (var code in new[] { DigitisedReused, DigitisedShared, PopulationDataUsed, PopulationDataConnected, ElectronicCopies })
        {
            evidence[code] = IndicatorEvidence.Missing("—", notMeasured);
        }

        return new ServiceIndexEstimate(ServiceIndexScore.Of(evidence), measures, petitionCounts, catalogue, paid, digitised);
    }

    /// <summary>
    /// A DX indicator's latest monthly value on the period's last day, if it is of that day's year: the indicators are
    /// the province's figures, so any other scope has no data.
    /// </summary>
    private static IndicatorEvidence FromIndicator(string code, IndicatorOnDate? indicator, bool provinceWide, ReportingPeriod period)
    {
        if (!provinceWide)
        {
            return IndicatorEvidence.Missing($"Chỉ tiêu {code}", $"Chỉ tiêu {code} chỉ có số liệu của toàn tỉnh, không có của từng đơn vị.");
        }

        if (indicator is not { Actual: { } value, ActualPeriod: { } month } || month.Year != period.To.Year)
        {
            return IndicatorEvidence.Missing(
                $"Chỉ tiêu {code}",
                $"Chưa có số liệu chỉ tiêu {code} của năm {period.To.Year.ToString(CultureInfo.InvariantCulture)} đến ngày {VietnameseFormat.Date(period.To)}.");
        }

        return new IndicatorEvidence(
            ServiceIndexRates.FromPercent(value),
            $"Chỉ tiêu {code} tháng {month.ToString("MM/yyyy", CultureInfo.InvariantCulture)} (/api/indicators): {VietnameseFormat.Number(value)}%",
            null);
    }
}
