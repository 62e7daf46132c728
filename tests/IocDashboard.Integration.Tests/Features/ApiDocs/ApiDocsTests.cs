using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IocDashboard.Integration.Tests.Features.Accounts;
using IocDashboard.Integration.Tests.Features.Admin;
using IocDashboard.Web.Features.Accounts;
using IocDashboard.Web.Features.ApiDocs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace IocDashboard.Integration.Tests.Features.ApiDocs;

/// <summary>
/// The OpenAPI document at /openapi/v1.json lists every routed endpoint of the app with its policy, and Scalar's page
/// at /api-docs runs under the app's Content-Security-Policy with nothing loaded from elsewhere.
/// </summary>
public sealed partial class ApiDocsTests
{
    /// <summary>
    /// The endpoints the document leaves out on purpose, by route pattern: its own (the document, Scalar's page, its
    /// files), which are how the list is read rather than part of it.
    /// </summary>
    private static readonly string[] DocumentationEndpoints =
    [
        "/openapi/{documentName}.json",
        "/api-docs/{documentName?}",
        "/api-docs/favicon.svg",
        "/api-docs/scalar.aspnetcore.js",
        "/api-docs/scalar.js",
    ];

    [Fact]
    public async Task The_document_lists_every_routed_endpoint_with_the_policy_of_its_metadata()
    {
        await using var host = await AdminHost.StartAsync("ioc_apidocs_all");
        using var browser = await SignedInClientAsync(host);
        var document = await DocumentAsync(browser);

        // An OpenAPI 3.x document by the reader and the rules of the library that wrote it: path parameters declared,
        // responses on every operation, security requirements naming declared schemes.
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var (parsed, diagnostic) = OpenApiDocument.Parse(document.GetRawText(), OpenApiConstants.Json);
        Assert.Empty(diagnostic?.Errors ?? []);
        Assert.NotNull(parsed);
        Assert.Equal(document.GetProperty("paths").EnumerateObject().Count(), parsed.Paths.Count);
        Assert.Empty(parsed.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        Assert.Equal(Web.Features.ApiDocs.ApiDocs.Title, document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths");

        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var skipped = endpoints.Where(e => e.Metadata.GetMetadata<ApiDocsEndpoint>() is not null).ToList();
        Assert.Equal(
            DocumentationEndpoints.Order(StringComparer.Ordinal),
            skipped.Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().Order(StringComparer.Ordinal));

        var listed = endpoints.Except(skipped).ToList();
        Assert.Equal(
            listed.Select(e => RoutePaths.Of(e.RoutePattern)).Distinct().Order(StringComparer.Ordinal),
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        var missing = new List<string>();
        foreach (var endpoint in listed)
        {
            var path = RoutePaths.Of(endpoint.RoutePattern);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                if (!paths.GetProperty(path).TryGetProperty(method.ToLowerInvariant(), out var operation))
                {
                    missing.Add($"{method} {path}");
                    continue;
                }

                var policy = EndpointPolicy.Of(endpoint.Metadata);
                Assert.Equal((method, path, policy), (method, path, operation.GetProperty(OperationPolicy.Extension).GetString()));
                Assert.Contains(EndpointPolicy.Description(policy), operation.GetProperty("description").GetString(), StringComparison.Ordinal);
                // Either credential, as alternatives; none where no sign-in is needed.
                var security = operation.TryGetProperty("security", out var requirements)
                    ? string.Join(" | ", requirements.EnumerateArray().Select(r => string.Join(" ", r.EnumerateObject().Select(s => s.Name))))
                    : "";
                Assert.Equal((path, EndpointPolicy.RequiresSignIn(policy) ? "bearer | cookie" : ""), (path, security));
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Known_endpoints_carry_their_policies_tags_and_the_security_schemes()
    {
        await using var host = await AdminHost.StartAsync("ioc_apidocs_known");
        using var browser = await SignedInClientAsync(host);
        var document = await DocumentAsync(browser);
        var paths = document.GetProperty("paths");

        // What these carry, computed from their metadata: the document says what the middleware will enforce.
        foreach (var (path, method) in new[]
        {
            ("/api/dossiers/summary", "GET"), ("/api/reports/archive", "GET"), ("/health", "GET"), ("/wall", "GET"),
            ("/hubs/wall", "GET"), ("/admin/accounts", "GET"), ("/account/change-password", "POST"), ("/meeting", "GET"),
        })
        {
            Assert.Equal((path, method, PolicyOf(host, path, method)), (path, method, Policy(paths, path, method.ToLowerInvariant())));
        }

        Assert.Equal("Admin", Policy(paths, "/admin/hangfire/{path}", "get"));
        Assert.Equal("Analyst", Policy(paths, "/api/reports/archive", "post"));
        Assert.Equal("Leader", Policy(paths, "/api/dossiers/summary", "get"));
        Assert.Equal("Analyst", Policy(paths, "/admin", "get"));
        Assert.Equal("Analyst + Admin", Policy(paths, "/admin/jobs", "get"));
        Assert.Equal("Wall", Policy(paths, "/wall", "get"));
        Assert.Equal(EndpointPolicy.Anonymous, Policy(paths, "/account/login", "get"));
        Assert.Equal(EndpointPolicy.Anonymous, Policy(paths, "/account/login", "post"));
        Assert.Equal("Quyền: không cần đăng nhập", Description(paths, "/account/login", "get").Split("\n").Last());
        Assert.Equal("Quyền: Admin", Description(paths, "/admin/hangfire/{path}", "get").Split("\n").Last());

        // The pages' POST handlers are listed, named in the description.
        Assert.Contains("Pause", Description(paths, "/admin/jobs", "post"), StringComparison.Ordinal);
        Assert.Equal("Trang", Tag(paths, "/admin/jobs", "get"));
        Assert.Equal("Khác", Tag(paths, "/hubs/wall", "get"));
        Assert.Equal("Khác", Tag(paths, "/wall", "get"));

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal(("http", "bearer"), (schemes.GetProperty("bearer").GetProperty("type").GetString(), schemes.GetProperty("bearer").GetProperty("scheme").GetString()));
        Assert.Equal(("apiKey", "cookie", AccountsRig.AuthCookie), (
            schemes.GetProperty("cookie").GetProperty("type").GetString(),
            schemes.GetProperty("cookie").GetProperty("in").GetString(),
            schemes.GetProperty("cookie").GetProperty("name").GetString()));
    }

    [Fact]
    public void The_policy_is_read_as_the_authorization_middleware_reads_the_metadata()
    {
        Assert.Equal(EndpointPolicy.None, EndpointPolicy.Of([]));
        Assert.Equal(EndpointPolicy.Anonymous, EndpointPolicy.Of([new AuthorizeAttribute(AccessPolicies.Admin), new AllowAnonymousAttribute()]));
        Assert.Equal(EndpointPolicy.Authenticated, EndpointPolicy.Of([new AuthorizeAttribute()]));
        Assert.Equal("Admin + Analyst", EndpointPolicy.Of([new AuthorizeAttribute("Admin"), new AuthorizeAttribute(), new AuthorizeAttribute("Analyst"), new AuthorizeAttribute("Admin")]));
        Assert.Equal("roles:Leader,Analyst", EndpointPolicy.Of([new AuthorizeAttribute { Roles = "Leader, Analyst" }]));
        Assert.Equal(EndpointPolicy.Unnamed, EndpointPolicy.Of([new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build()]));
        Assert.False(EndpointPolicy.RequiresSignIn(EndpointPolicy.None));
        Assert.False(EndpointPolicy.RequiresSignIn(EndpointPolicy.Anonymous));
        Assert.True(EndpointPolicy.RequiresSignIn(AccessPolicies.Leader));
    }

    [Fact]
    public async Task Scalars_page_runs_under_the_content_security_policy_with_its_own_files_only()
    {
        await using var host = await AdminHost.StartAsync("ioc_apidocs_page");
        using var browser = await SignedInClientAsync(host);

        using (var redirect = await browser.GetAsync(new Uri(Web.Features.ApiDocs.ApiDocs.PagePath, UriKind.Relative)))
        {
            Assert.True(redirect.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently,
                $"GET /api-docs → {(int)redirect.StatusCode}");
        }

        var nonces = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var response = await browser.GetAsync(new Uri("/api-docs/", UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api-docs/ → {(int)response.StatusCode}: {html}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var scriptSources = Assert.Single(response.Headers.GetValues("Content-Security-Policy"))
                .Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

            var scripts = ScriptTag().Matches(html).Select(m => m.Groups["attributes"].Value).ToList();
            Assert.NotEmpty(scripts);
            foreach (var attributes in scripts)
            {
                if (Attribute(attributes, "src") is { } src)
                {
                    // Same origin: a relative address, never a CDN's.
                    Assert.DoesNotMatch("^(https?:)?//", src);
                    using var file = await browser.GetAsync(new Uri(new Uri("http://localhost/api-docs/"), src));
                    Assert.True(file.StatusCode == HttpStatusCode.OK, $"GET {src} → {(int)file.StatusCode}");
                    Assert.Contains("javascript", file.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
                }
                else
                {
                    // An inline script runs only with this response's nonce in its CSP.
                    var nonce = Attribute(attributes, "nonce");
                    Assert.True(nonce is not null && scriptSources.Contains($"'nonce-{nonce}'"), $"inline <script{attributes}> not admitted by script-src {string.Join(' ', scriptSources)}");
                    nonces.Add(nonce!);
                }
            }

            Assert.Equal("'self'", scriptSources[0]);
            Assert.DoesNotContain(scriptSources, s => s.Contains("unsafe", StringComparison.Ordinal) || s.Contains("http", StringComparison.Ordinal));
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }

        // A nonce per response.
        Assert.Equal(nonces.Count, nonces.Distinct().Count());

        // Every other response keeps the strict policy.
        using var other = await browser.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("script-src 'self';", Assert.Single(other.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_sign_in_neither_the_document_nor_the_page_is_served()
    {
        await using var host = await AdminHost.StartAsync("ioc_apidocs_anonymous");
        using var anonymous = host.Browser();

        // A refusal, whichever form it takes: outside /api and /hubs the sign-in cookie's challenge is a redirect to the
        // sign-in page (302 today); 401 or 403 where another scheme, or none, answers the challenge.
        foreach (var path in new[] { Web.Features.ApiDocs.ApiDocs.DocumentPath, "/api-docs/" })
        {
            using var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
                $"anonymous GET {path} → {(int)response.StatusCode}");
            Assert.DoesNotContain("\"paths\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A browser signed in with an account that the documents' policy (<see cref="AccessPolicies.Leader"/>) admits. The
    /// one place to change should the document be read with another kind of credential (an API token, say).
    /// </summary>
    private static async Task<HttpClient> SignedInClientAsync(AdminHost host)
    {
        var password = AccountsRig.NewPassword();
        await host.CreateAccountAsync("tai.lieu", Roles.Admin, password);
        var browser = host.Browser();
        await AccountsRig.SignedInAsync(browser, "tai.lieu", password);
        return browser;
    }

    private static async Task<JsonElement> DocumentAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync(new Uri(Web.Features.ApiDocs.ApiDocs.DocumentPath, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {Web.Features.ApiDocs.ApiDocs.DocumentPath} → {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string PolicyOf(AdminHost host, string path, string method) =>
        EndpointPolicy.Of(host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => RoutePaths.Of(e.RoutePattern) == path && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(method) != false)
            .Metadata);

    private static JsonElement Operation(JsonElement paths, string path, string method) =>
        paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out var operation)
            ? operation
            : throw new Xunit.Sdk.XunitException($"no {method} {path} in the document");

    private static string? Policy(JsonElement paths, string path, string method) => Operation(paths, path, method).GetProperty(OperationPolicy.Extension).GetString();

    private static string Description(JsonElement paths, string path, string method) => Operation(paths, path, method).GetProperty("description").GetString() ?? "";

    private static string? Tag(JsonElement paths, string path, string method) => Operation(paths, path, method).GetProperty("tags")[0].GetString();

    private static string? Attribute(string attributes, string name) =>
        Regex.Match(attributes, $"""\b{name}="([^"]*)" """.TrimEnd()) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("<script(?<attributes>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}
