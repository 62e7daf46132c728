using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace IocDashboard.Web.Features.Reports;

/// <summary>
/// Prints HTML to PDF with headless Chromium through Playwright. One browser serves every request: it is launched on
/// the first PDF (about 0.8 s), launched again when it has gone away (crashed or killed), and closed when the app
/// stops. Its pages live in one context, with scripts off, and a page that printed well goes back to a small pool for
/// the next PDF: a page whose renderer has laid out a report before (fonts decoded, caches warm) sets and prints the
/// next one in about half the time of a new context and page (0.5–0.65 s against 1.1–1.6 s for the quarter's report
/// on this project's two-core machines), and the few pages kept hold only their last report.
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

    /// <summary>Pages kept between reports; more at once (five reports asked together) get pages of their own, closed after.</summary>
    internal const int IdlePages = 2;

    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly SemaphoreSlim _printing = new(options.Value.ConcurrentPrints, options.Value.ConcurrentPrints);
    private readonly ConcurrentBag<IPage> _idle = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;

    // For tests: the browser in use, to check that it is reused and launched again when it has gone away.
    internal IBrowser? Browser => _browser;
    private bool _disposed;

    /// <summary>
    /// The page made by <paramref name="render"/> as an A4 PDF with its backgrounds and the footer "Trang x/y" on every
    /// page. The page's own @page rules give the sizes and margins (PreferCSSPageSize: a named page's portrait size wins
    /// over Landscape, which only serves a page that names no size); the footer sits in the bottom margin. The page is
    /// rendered while the browser (and, when none is idle, a new page) gets ready for it, so the two overlap.
    /// </summary>
    public async Task<byte[]> PrintAsync(Func<CancellationToken, Task<string>> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(render);
        var timeout = (float)options.Value.PrintTimeout.TotalMilliseconds;
        var htmlTask = render(cancellationToken);
        IPage page;
        try
        {
            await _printing.WaitAsync(cancellationToken);
        }
        catch
        {
            Observe(htmlTask);
            throw;
        }

        try
        {
            page = await TakePageAsync(cancellationToken);
        }
        catch
        {
            _printing.Release();
            Observe(htmlTask);
            throw;
        }

        var printed = false;
        try
        {
            await page.SetContentAsync(await htmlTask, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout });
            cancellationToken.ThrowIfCancellationRequested();
            var pdf = await page.PdfAsync(new PagePdfOptions
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
            printed = true;
            return pdf;
        }
        finally
        {
            await ReturnPageAsync(page, reusable: printed);
            _printing.Release();
        }
    }

    /// <summary>A page that will not be printed: its rendering's own failure, if any, must not go unobserved.</summary>
    private static void Observe(Task<string> htmlTask) =>
        _ = htmlTask.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    /// <summary>An idle page of the running browser's context, or a new one.</summary>
    private async Task<IPage> TakePageAsync(CancellationToken cancellationToken)
    {
        var context = await ContextAsync(cancellationToken);
        while (_idle.TryTake(out var idle))
        {
            if (!idle.IsClosed && idle.Context == context)
            {
                return idle;
            }

            await CloseQuietlyAsync(idle);
        }

        return await context.NewPageAsync();
    }

    /// <summary>
    /// Back to the pool when it printed and belongs to the running browser and the pool has room; closed otherwise
    /// (a page that failed or was cancelled half-way may hold anything).
    /// </summary>
    private async Task ReturnPageAsync(IPage page, bool reusable)
    {
        if (reusable && !_disposed && !page.IsClosed && page.Context == _context && _idle.Count < IdlePages)
        {
            _idle.Add(page);
            return;
        }

        await CloseQuietlyAsync(page);
    }

    private static async Task CloseQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Its browser has gone already: nothing is left to close.
        }
    }

    /// <summary>Chromium fills the spans with the page's number and the count of pages.</summary>
    internal const string Footer =
        "<div style=\"width:100%;font-size:8pt;font-family:'DejaVu Sans',sans-serif;text-align:center;color:#000\">"
        + "Trang <span class=\"pageNumber\"></span>/<span class=\"totalPages\"></span></div>";

    /// <summary>
    /// Starts Playwright's driver (its Node process, about 0.5 s on this project's machines) ahead of the first PDF, so
    /// that the first report waits only for Chromium. The browser itself still starts with the first PDF.
    /// </summary>
    public async Task StartDriverAsync(CancellationToken cancellationToken)
    {
        await _launch.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _playwright ??= await Playwright.CreateAsync();
        }
        finally
        {
            _launch.Release();
        }
    }

    /// <summary>The running browser's one context for printing, launching the browser when it is not running.</summary>
    private async Task<IBrowserContext> ContextAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } && _context is { } running)
        {
            return running;
        }

        await _launch.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } && _context is { } ready)
            {
                return ready;
            }

            if (_browser is not null)
            {
                LogRelaunch(logger);
                _context = null; // its idle pages are closed as they are found
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
            _context = await _browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
            _context.SetDefaultTimeout((float)options.Value.PrintTimeout.TotalMilliseconds);
            return _context;
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
            _idle.Clear();
            _context = null;
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
