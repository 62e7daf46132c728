using System.Net.Http.Headers;

namespace IocDashboard.Bench;

/// <summary>
/// The bench calls the app as a script does: with the read-only API token in IOC_API_TOKEN, which bench/run.sh makes
/// with the host's create-api-token (role Admin, so every page and API reads). The HTTP clients send it in the
/// Authorization header, the browsers as an extra header on every request, the SignalR clients as their access token.
/// </summary>
internal static class BenchCaller
{
    public static string Token => Environment.GetEnvironmentVariable("IOC_API_TOKEN") is { Length: > 0 } token
        ? token
        : throw new InvalidOperationException("IOC_API_TOKEN is not set: bench/run.sh makes one with create-api-token");

    public static HttpClient Http(string baseUrl, TimeSpan? timeout = null)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return http;
    }

    /// <summary>For a browser page: the header on the page, its scripts' requests and the hub's connection.</summary>
    public static Dictionary<string, string> BrowserHeaders => new() { ["Authorization"] = "Bearer " + Token };
}
