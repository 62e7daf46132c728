using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace IocDashboard.Web.Features.Reports;

/// <summary>
/// Prints HTML to PDF with headless Chromium through Playwright. One browser serves every request: it is launched on
/// the first PDF (about 0.8 s), launched again when it has gone away (crashed or killed), and closed when the app
/// stops; each PDF gets its own context and page (50–70 ms for a few A4 pages), closed afterwards.
/// </summary>
internal sealed partial class ChromiumPrinter(IOptions<ReportOptions> options, ILogger<ChromiumPrinter> logger) : IAsyncDisposable, IDisposable
{
    // Without the networking flags Chromium tries to reach Google's hosts at start; the sandbox needs privileges
    // a service user (or a container's root) does not have.
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    // For tests: the browser in use, to check that it is reused and launched again when it has gone away.
    internal IBrowser? Browser => _browser;
    private bool _disposed;

    /// <summary>
    /// The page as an A4 PDF with its backgrounds and the footer "Trang x/y" on every page. The page's own @page rules
    /// give the sizes and margins (PreferCSSPageSize: a named page's portrait size wins over Landscape, which only
    /// serves a page that names no size); the footer sits in the bottom margin.
    /// </summary>
    public Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken) =>
        PrintAsync(_ => Task.FromResult(html), cancellationToken);

    /// <summary>
    /// As <see cref="PrintAsync(string, CancellationToken)"/>, the page made by <paramref name="render"/> while the
    /// browser opens a context and a page for it: on a busy two-core machine those take 0.2–0.3 s, about as long as
    /// a report's reads, so the two overlap instead of adding up.
    /// </summary>
    public async Task<byte[]> PrintAsync(Func<CancellationToken, Task<string>> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(render);
        var timeout = (float)options.Value.PrintTimeout.TotalMilliseconds;
        var htmlTask = render(cancellationToken);
        IBrowserContext context;
        try
        {
            var browser = await BrowserAsync(cancellationToken);
            context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        }
        catch
        {
            // The page will not be printed: its rendering's own failure, if any, must not go unobserved.
            _ = htmlTask.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }

        await using var contextScope = context;
        context.SetDefaultTimeout(timeout);
        var page = await context.NewPageAsync();
        await page.SetContentAsync(await htmlTask, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout });
        cancellationToken.ThrowIfCancellationRequested();
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            Landscape = true,
            PrintBackground = true,
            PreferCSSPageSize = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = Footer,
            Margin = new Margin { Top = "12mm", Right = "10mm", Bottom = "14mm", Left = "10mm" },
        });
    }

    /// <summary>Chromium fills the spans with the page's number and the count of pages.</summary>
    internal const string Footer =
        "<div style=\"width:100%;font-size:8pt;font-family:'DejaVu Sans',sans-serif;text-align:center;color:#000\">"
        + "Trang <span class=\"pageNumber\"></span>/<span class=\"totalPages\"></span></div>";

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await _launch.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } launched)
            {
                return launched;
            }

            if (_browser is not null)
            {
                LogRelaunch(logger);
                await _browser.DisposeAsync();
            }

            _playwright ??= await Playwright.CreateAsync();
            var path = options.Value.ChromiumPath;
            if (!File.Exists(path))
            {
                throw new ChromiumUnavailableException(
                    $"Chromium is missing at {path} (Reports:ChromiumPath): install Debian's package (`apt-get install chromium`) or point the setting at another Chromium.");
            }

            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = Arguments,
            });
            LogLaunched(logger, path, _browser.Version);
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _launch.WaitAsync();
        try
        {
            _disposed = true;
            if (_browser is not null)
            {
                await _browser.DisposeAsync();
                _browser = null;
            }

            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            _launch.Release();
        }
    }

    // The host disposes asynchronously; a synchronous Dispose of the container (some test hosts) still closes the browser.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    [LoggerMessage(Level = LogLevel.Information, Message = "Chromium {Path} ({Version}) launched for the printed reports")]
    private static partial void LogLaunched(ILogger logger, string path, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The report printer's Chromium went away; launching it again")]
    private static partial void LogRelaunch(ILogger logger);
}

/// <summary>The browser that prints the PDFs cannot be started: the answer is 503, not a crash (the XLSX still works).</summary>
internal sealed class ChromiumUnavailableException(string message) : Exception(message);
