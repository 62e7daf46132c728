using System.Net;
using System.Text.RegularExpressions;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Integration.Tests.Infrastructure;
using IocDashboard.Web.Features.Tokens;

namespace IocDashboard.Integration.Tests.Features.Tokens;

/// <summary>
/// The verbs create-api-token and create-kiosk-token, run as the real host process against a migrated database:
/// the tokens they print work in the app; a bad role or screen exits with 2 and says why.
/// </summary>
public sealed partial class TokenCommandTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private AdminHost _host = null!;

    public async Task InitializeAsync() => _host = await AdminHost.StartAsync("ioc_tokens_cli");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Create_api_token_prints_a_token_that_names_its_caller()
    {
        var (exitCode, output, errors) = await RunAsync("create-api-token", "tong-hop", "--role", "analyst");

        Assert.True(exitCode == 0, errors);
        var token = ApiToken().Match(output).Value;
        using var client = _host.AnonymousClient();
        var (status, _, me) = await TokenRequests.MeAsync(client, bearer: token);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("api:tong-hop", "Analyst"), (me!.Value.Text("name"), me.Value.Roles().Single()));
    }

    [Fact]
    public async Task Create_kiosk_token_prints_a_token_and_the_link_that_opens_the_screen()
    {
        var (exitCode, output, errors) = await RunAsync("create-kiosk-token", "hanh-chinh", "--name", "tv-sanh");

        Assert.True(exitCode == 0, errors);
        var token = KioskToken().Match(output).Value;
        var link = Link().Match(output).Groups[1].Value;
        Assert.Equal($"/wall?screen=hanh-chinh&token={token}", link);
        using var client = _host.AnonymousClient(followRedirects: false);
        using var response = await client.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wall?screen=hanh-chinh", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("create-api-token tong-hop --role Director", "unknown role 'Director'")]
    [InlineData("create-api-token tong-hop", "no role")]
    [InlineData("create-api-token ten:co:dau --role Admin", "is not a token name")]
    [InlineData("create-kiosk-token san-bay", "unknown screen 'san-bay'; Wall:Screens has")]
    public async Task A_bad_role_name_or_screen_exits_with_2_and_the_reason(string command, string reason)
    {
        var (exitCode, output, errors) = await RunAsync(command.Split(' '));

        Assert.Equal(2, exitCode);
        Assert.Contains(reason, errors, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenSecret.ApiPrefix, output, StringComparison.Ordinal);
        Assert.Empty(await _host.Store().ListAsync(TokenKind.Api, CancellationToken.None));
    }

    private Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args) =>
        ProcessHost.RunAsync("IocDashboard.Web", new Dictionary<string, string>
        {
            ["ConnectionStrings__Warehouse"] = _host.ConnectionString,
            ["Ingestion__Enabled"] = "false",
        }, Patience, args);

    [GeneratedRegex(@"ioc_api_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")]
    private static partial Regex ApiToken();

    [GeneratedRegex(@"ioc_kiosk_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")]
    private static partial Regex KioskToken();

    [GeneratedRegex(@"link: (\S+)")]
    private static partial Regex Link();
}
