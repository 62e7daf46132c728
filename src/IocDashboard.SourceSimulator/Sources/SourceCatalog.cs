using IocDashboard.SourceSimulator.Hosting;
using Microsoft.Extensions.Options;

namespace IocDashboard.SourceSimulator.Sources;

/// <summary>What a source serves; the wire name is part of the contract.</summary>
internal enum SourceKind
{
    Dossiers,
    Tasks,
    Indicators,
    Feedback,
}

/// <summary>One external system. DossierSourceCode is the seed's GeneratedDossier.SourceCode of a one-stop-shop.</summary>
internal sealed record SourceInfo(string Id, SourceKind Kind, string Name, string? DossierSourceCode)
{
    public string KindName => Kind switch
    {
        SourceKind.Dossiers => "dossiers",
        SourceKind.Tasks => "tasks",
        SourceKind.Indicators => "indicators",
        _ => "feedback",
    };
}

/// <summary>
/// The source ids are part of the wire contract, so they are listed here rather than derived from the seed; the
/// loader checks that every seed dossier belongs to one of them.
/// </summary>
internal sealed class SourceCatalog
{
    public const string Tasks = "nhiemvu";
    public const string Indicators = "chitieu";
    public const string Feedback = "pakn";

    private static readonly IReadOnlyList<SourceInfo> Everything =
    [
        OneStopShop("ttpvhcc", "Trung tâm Phục vụ hành chính công tỉnh Tây Ninh"),
        OneStopShop("703", "Thành phố Tây Ninh"),
        OneStopShop("705", "Huyện Tân Biên"),
        OneStopShop("706", "Huyện Tân Châu"),
        OneStopShop("707", "Huyện Dương Minh Châu"),
        OneStopShop("708", "Huyện Châu Thành"),
        OneStopShop("709", "Thị xã Hòa Thành"),
        OneStopShop("710", "Huyện Gò Dầu"),
        OneStopShop("711", "Huyện Bến Cầu"),
        OneStopShop("712", "Thị xã Trảng Bàng"),
        OneStopShop("xa", "các xã, phường (từ 01/7/2025)"),
        new(Tasks, SourceKind.Tasks, "Hệ thống theo dõi nhiệm vụ cải cách hành chính — Sở Nội vụ", null),
        new(Indicators, SourceKind.Indicators, "Báo cáo chỉ tiêu chuyển đổi số — Sở Thông tin và Truyền thông", null),
        new(Feedback, SourceKind.Feedback, "Hệ thống tiếp nhận phản ánh, kiến nghị (PAKN)", null),
    ];

    public SourceCatalog(IOptions<SimulatorOptions> options)
    {
        var wanted = options.Value.SourceIds();
        Served = wanted.Count == 0
            ? Everything
            : Everything.Where(s => wanted.Contains(s.Id, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>The sources this process serves, in catalogue order.</summary>
    public IReadOnlyList<SourceInfo> Served { get; }

    public static bool IsKnown(string id) => Everything.Any(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a seed dossier's SourceCode belongs to one of the contract's one-stop-shops.</summary>
    public static bool IsKnownDossierSource(string sourceCode) => Everything.Any(s => s.DossierSourceCode == sourceCode);

    public SourceInfo? Find(string id) => Served.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    private static SourceInfo OneStopShop(string unit, string unitName) =>
        new("motcua-" + unit, SourceKind.Dossiers, "Hệ thống một cửa điện tử — " + unitName, "MOTCUA-" + unit.ToUpperInvariant());
}
