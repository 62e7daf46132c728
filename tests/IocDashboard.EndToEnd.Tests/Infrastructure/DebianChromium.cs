using Microsoft.Playwright;

namespace IocDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>Debian's Chromium (./test.sh installs it), headless, through Playwright's ExecutablePath: no browser download.</summary>
public static class DebianChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
}
