using System.Net.Http.Json;
using System.Text.Json;

namespace IocDashboard.Integration.Tests.Infrastructure;

internal static class HttpJson
{
    /// <summary>GETs a URL, requires 200, and returns the body as a JSON element.</summary>
    public static async Task<JsonElement> GetOkAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<(int Status, string? ContentType, JsonElement Body)> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    public static long Long(this JsonElement element, string name) => element.GetProperty(name).GetInt64();

    public static string Text(this JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
