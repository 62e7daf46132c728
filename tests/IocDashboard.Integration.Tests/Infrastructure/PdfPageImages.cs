using Microsoft.Playwright;
using SkiaSharp;
using UglyToad.PdfPig.Writer;

namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>One page of a PDF as Chromium's viewer drew it: its orientation on screen and the ink above its footer.</summary>
public sealed record PdfPageImage(int Page, bool Landscape, long InkPixels, byte[] Png);

/// <summary>
/// Renders each page of a PDF to PNG with Debian's Chromium, whose PDF viewer draws with PDFium (not with the engine
/// that printed the file): each page copied alone into a PDF of its own by PdfPig, so the viewer can show no other, and
/// opened without a toolbar, fitted to the window; taken once two screenshots in a row agree and the page on screen has
/// the orientation PdfPig read, so the viewer has finished drawing it. Ink is every pixel of the page that is not
/// near-white, above the bottom band where "Trang x/y" sits, so a page with nothing but its footer counts as blank.
/// </summary>
public static class PdfPageImages
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const double FooterBand = 0.08; // the bottom margin (14 mm) of an A4 page, landscape (210 mm) included
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<PdfPageImage>> RenderAsync(byte[] pdf, IReadOnlyList<bool> landscape)
    {
        var folder = Directory.CreateTempSubdirectory("iocdashboard-pdf-pages-");
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu"],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = 900 } });
            var images = new List<PdfPageImage>();
            for (var n = 1; n <= landscape.Count; n++)
            {
                var file = Path.Combine(folder.FullName, $"page-{n}.pdf");
                await File.WriteAllBytesAsync(file, PdfMerger.Merge([pdf], [[n]]));
                images.Add(await RenderPageAsync(context, file, n, landscape[n - 1]));
            }

            return images;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<PdfPageImage> RenderPageAsync(IBrowserContext context, string file, int number, bool landscape)
    {
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync($"file://{file}#toolbar=0&view=Fit");
            var deadline = DateTime.UtcNow + PageTimeout;
            byte[]? previous = null;
            while (true)
            {
                var shot = await page.ScreenshotAsync();
                var drawn = Measure(shot);
                if (drawn is { } d && d.Landscape == landscape && previous is not null && shot.AsSpan().SequenceEqual(previous))
                {
                    return new PdfPageImage(number, d.Landscape, d.Ink, shot);
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Chromium's viewer did not settle on page {number} ({(landscape ? "landscape" : "portrait")}) within {PageTimeout.TotalSeconds:F0} s.");
                }

                previous = shot;
                await page.WaitForTimeoutAsync(250); // the next screenshot; the loop ends on what it shows, not on time
            }
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>The page's white rectangle on the viewer's dark background, and the ink inside it above the footer band.</summary>
    private static (bool Landscape, long Ink)? Measure(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidDataException("Chromium's screenshot is not a PNG");
        int left = bitmap.Width, top = bitmap.Height, right = -1, bottom = -1;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red > 245 && c.Green > 245 && c.Blue > 245)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
                }
            }
        }

        if (right - left < 100 || bottom - top < 100)
        {
            return null; // nothing drawn yet
        }

        var inkBottom = bottom - (int)((bottom - top) * FooterBand);
        long ink = 0;
        for (var y = top + 3; y < inkBottom; y++)
        {
            for (var x = left + 3; x < right - 3; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red < 200 || c.Green < 200 || c.Blue < 200)
                {
                    ink++;
                }
            }
        }

        return (right - left > bottom - top, ink);
    }
}
