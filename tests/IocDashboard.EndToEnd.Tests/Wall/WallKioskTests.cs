using IocDashboard.EndToEnd.Tests.Infrastructure;
using IocDashboard.Web.Features.Tokens;
using Microsoft.Playwright;
using Npgsql;

namespace IocDashboard.EndToEnd.Tests.Wall;

/// <summary>
/// A wall opened with a kiosk link in Chromium: the link leaves the address bar, and when the token is revoked on
/// /admin/tokens the wall, keeping its last data, says "Mã màn hình đã bị thu hồi" instead of reconnecting forever.
/// </summary>
[Collection(WallRigGroup.Name)]
public sealed class WallKioskTests(WallRig rig)
{
    [Fact]
    public async Task A_revoked_kiosk_token_turns_the_wall_to_a_revoked_state_with_its_last_data()
    {
        CreatedToken token;
        await using (var dataSource = NpgsqlDataSource.Create(rig.ConnectionString))
        {
            token = (await new TokenStore(dataSource, TimeProvider.System).CreateKioskTokenAsync("main", $"e2e-{Guid.NewGuid():N}"[..20], "e2e", CancellationToken.None))!;
        }

        await using var app = await rig.StartAppAsync();
        var wall = await rig.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        await wall.GotoAsync(new Uri(app.BaseAddress, $"/wall?screen=main&kiosk=1&page=tasks&token={token.Plaintext}").ToString());
        await wall.WaitForFunctionAsync("() => document.querySelector('[data-testid=\"tasks-total\"]')?.textContent.trim() === '176'", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        Assert.DoesNotContain("token=", wall.Url, StringComparison.Ordinal);

        var admin = await rig.Visitors.SignedInPageAsync(rig.Browser, app.BaseAddress);
        await admin.GotoAsync(new Uri(app.BaseAddress, "/admin/tokens").ToString());
        await admin.Locator($"#kiosk-tokens tr[data-id=\"{token.Token.Id}\"] button").ClickAsync();
        await admin.WaitForSelectorAsync($"#kiosk-tokens tr[data-id=\"{token.Token.Id}\"][data-revoked=\"true\"]");

        await wall.WaitForFunctionAsync(
            "() => document.querySelector('[data-testid=\"connection-state\"]')?.textContent.includes('Mã màn hình đã bị thu hồi')",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Equal("176", (await wall.Locator("[data-testid=\"tasks-total\"]").First.TextContentAsync())?.Trim());
        await wall.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SeededWallRig.Artifacts, "kiosk-revoked-1920x1080.png") });
        await admin.CloseAsync();
        await wall.CloseAsync();
    }
}
