using System.Net;
using System.Net.Sockets;
using IocDashboard.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IocDashboard.EndToEnd.Tests.Wall;

/// <summary>A wall left alone survives a server restart: it shows "mất kết nối" with its last data, then reconnects.</summary>
[Collection(WallRigGroup.Name)]
public sealed class WallReconnectTests(WallRig rig)
{
    [Fact]
    public async Task After_the_server_restarts_the_page_reconnects_by_itself()
    {
        var port = FreePort();
        var page = await rig.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var app = await rig.StartAppAsync(port);
        try
        {
            await page.GotoAsync(await rig.Visitors.KioskLinkAsync(app.BaseAddress, "screen=main&kiosk=1&page=tasks"));
            await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=\"tasks-total\"]')?.textContent.trim() === '176'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        }
        catch
        {
            await app.DisposeAsync(); // no app process outlives a failed test
            throw;
        }

        app.Kill();
        await app.DisposeAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=\"connection-state\"]')?.textContent.includes('mất kết nối')", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Equal("176", (await page.Locator("[data-testid=\"tasks-total\"]").First.TextContentAsync())?.Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SeededWallRig.Artifacts, "disconnected-1920x1080.png") });

        await using var restarted = await rig.StartAppAsync(port);
        await page.WaitForFunctionAsync("() => !document.querySelector('[data-testid=\"connection-state\"]')?.textContent.includes('mất kết nối')", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        Assert.Equal("176", (await page.Locator("[data-testid=\"tasks-total\"]").First.TextContentAsync())?.Trim());
        await page.CloseAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
