using System.Net.Http.Json;

namespace IocDashboard.SourceSimulator.Tests.Infrastructure;

public static class FaultSwitch
{
    public static async Task SetAsync(HttpClient client, string source, object settings)
    {
        using var response = await client.PutAsJsonAsync(new Uri($"/admin/faults/{source}", UriKind.Relative), settings);
        response.EnsureSuccessStatusCode();
    }

    public static async Task ResetAsync(HttpClient client)
    {
        using var response = await client.DeleteAsync(new Uri("/admin/faults", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }
}
