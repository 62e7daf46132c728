using System.Reflection;
using IocDashboard.Ingestion.Progress;
using IocDashboard.Ingestion.State;
using IocDashboard.Warehouse.Queries;
using IocDashboard.Web.Features.Home;
using IocDashboard.Web.Features.Wall;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IocDashboard.Web.Pages;

/// <summary>
/// "/": what the product is, the wall screens, the pages and the API from the route table, each source's freshness,
/// the warehouse's extent, the fill's progress while it runs, and the commit this build came from.
/// </summary>
public sealed class IndexModel(
    HomeDirectory directory,
    IOptions<WallOptions> wall,
    IngestionStateReader ingestionState,
    DossierExtentQuery extent,
    FillProgressTracker fill) : PageModel
{
    public IReadOnlyList<(string Id, string Title)> Screens { get; private set; } = [];

    public IReadOnlyList<HomeLink> Links { get; private set; } = [];

    public IReadOnlyList<ApiLink> Api { get; private set; } = [];

    public IReadOnlyList<SourceFreshness> Freshness { get; private set; } = [];

    public DossierExtent Extent { get; private set; } = new(0, null);

    public FillProgress? Fill { get; private set; }

    /// <summary>The build's commit, from the informational version the SDK stamps with the source revision.</summary>
    public static string Version { get; } =
        typeof(IndexModel).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion is { } version
        && version.IndexOf('+', StringComparison.Ordinal) is var plus and >= 0
            ? version[(plus + 1)..]
            : "không rõ";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Screens = wall.Value.Screens.Select(s => (s.Key, s.Value.Title)).ToList();
        Links = directory.Links();
        Api = directory.Api();
        Freshness = await ingestionState.FreshnessAsync(ct);
        Extent = await extent.ReadAsync(ct);
        var progress = await fill.ReadAsync(ct);
        Fill = progress.Ready ? null : progress;
    }
}
