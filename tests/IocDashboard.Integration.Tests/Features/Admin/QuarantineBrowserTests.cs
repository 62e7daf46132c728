using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>/admin/quarantine: filters by source and reason, and opens a record's raw payload indented.</summary>
public sealed class QuarantineBrowserTests
{
    [Fact]
    public async Task Lists_a_quarantined_record_and_opens_its_payload()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_quarantine");
        var id = await QuarantineAsync(host, "motcua-705", "HS-705-1", "unknown unit code '999'", """{"id":"HS-705-1","unit":"999","ghiChu":"Hồ sơ thử"}""");
        await QuarantineAsync(host, "pakn", "PA-1", "missing required field 'receivedAt'", """{"id":"PA-1"}""");
        using var client = await host.ClientAsync();

        var bySource = await AdminHost.PageAsync(client, "/admin/quarantine?source=motcua-705");
        var byReason = await AdminHost.PageAsync(client, "/admin/quarantine?reason=REQUIRED");
        var detail = await AdminHost.PageAsync(client, $"/admin/quarantine/{id}");

        Assert.Contains("HS-705-1", bySource, StringComparison.Ordinal);
        Assert.Contains("unknown unit code '999'", bySource, StringComparison.Ordinal);
        Assert.DoesNotContain("PA-1", bySource, StringComparison.Ordinal);
        Assert.Contains("PA-1", byReason, StringComparison.Ordinal);
        Assert.DoesNotContain("HS-705-1", byReason, StringComparison.Ordinal);
        Assert.Contains("{\n  \"id\": \"HS-705-1\",\n  \"unit\": \"999\",\n  \"ghiChu\": \"Hồ sơ thử\"\n}", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_a_payload_that_is_not_json_as_it_came()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_quarantine_raw");
        var id = await QuarantineAsync(host, "motcua-703", "page-7", "malformed JSON", """{"id": "HS-1", "unit":""");
        using var client = await host.ClientAsync();

        var detail = await AdminHost.PageAsync(client, $"/admin/quarantine/{id}");

        Assert.Contains("không phải JSON hợp lệ", detail, StringComparison.Ordinal);
        Assert.Contains("""{"id": "HS-1", "unit":""", detail, StringComparison.Ordinal);
    }

    private static async Task<long> QuarantineAsync(AdminHost host, string source, string externalId, string reason, string payload)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            insert into ingest.quarantine (source_id, external_id, reason, raw_payload) values (@source, @id, @reason, @payload) returning id
            """, connection);
        insert.Parameters.AddWithValue("source", source);
        insert.Parameters.AddWithValue("id", externalId);
        insert.Parameters.AddWithValue("reason", reason);
        insert.Parameters.AddWithValue("payload", payload);
        return (long)(await insert.ExecuteScalarAsync())!;
    }
}
