using System.Net;
using System.Net.Http.Headers;
using Npgsql;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>/admin/uploads end to end: the form, the check, and what lands in the warehouse (or does not).</summary>
public sealed class UploadTests
{
    [Fact]
    public async Task A_good_template_loads_as_an_upload_batch()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_upload", seedDimensions: true);
        using var client = await host.ClientAsync();
        var xlsx = TemplateWorkbook.Of([("CDS01", "2024-01", 85.5m), ("CDS01", "2024-02", 86.25m), ("CDS02", "2024-01", null), ("CDS03", "2024-03", 40)]);

        var html = await UploadAsync(client, xlsx, "chitieu-2024.xlsx", 2024);

        Assert.Contains("Đã nạp tệp chitieu-2024.xlsx", html, StringComparison.Ordinal);
        Assert.Contains("<span data-count=\"inserted\">3</span>", html, StringComparison.Ordinal);
        Assert.Equal(
            [("CDS01", new DateOnly(2024, 1, 1), 85.5m), ("CDS01", new DateOnly(2024, 2, 1), 86.25m), ("CDS03", new DateOnly(2024, 3, 1), 40m)],
            await UploadedValuesAsync(host, "upload:chitieu-2024.xlsx"));

        // The same file again changes nothing: a new batch, every value unchanged.
        var again = await UploadAsync(client, xlsx, "chitieu-2024.xlsx", 2024);
        Assert.Contains("<span data-count=\"unchanged\">3</span>", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_with_one_bad_cell_loads_nothing_and_names_the_cell()
    {
        await using var host = await AdminHost.StartAsync("ioc_admin_upload_bad", seedDimensions: true);
        using var client = await host.ClientAsync();
        var xlsx = TemplateWorkbook.Of([("CDS01", "2024-01", 85.5m), ("CDS01", "2024-02", "abc"), ("CDS03", "2024-03", 40)], sharedStrings: false);

        var html = await UploadAsync(client, xlsx, "sai.xlsx", 2024);

        Assert.Contains("có 1 lỗi — chưa nạp dữ liệu nào", html, StringComparison.Ordinal);
        Assert.Contains("data-cell=\"BaoCao!D3\"", html, StringComparison.Ordinal);
        Assert.Contains("BaoCao!D3: 'abc' không phải là số", html, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "select (select count(*) from core.dx_indicator_values) + (select count(*) from ingest.load_batches where kind = 'upload')", connection);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    private static async Task<string> UploadAsync(HttpClient client, byte[] xlsx, string fileName, int year)
    {
        var token = AdminHost.AntiforgeryToken(await AdminHost.PageAsync(client, "/admin/uploads"));
        using var form = new MultipartFormDataContent();
        using var yearField = new StringContent(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var tokenField = new StringContent(token);
        using var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(yearField, "Year");
        form.Add(tokenField, "__RequestVerificationToken");
        form.Add(file, "Workbook", fileName);

        using var response = await client.PostAsync(new Uri("/admin/uploads", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"upload → {(int)response.StatusCode}: {body}");
        return WebUtility.HtmlDecode(body);
    }

    private static async Task<List<(string, DateOnly, decimal)>> UploadedValuesAsync(AdminHost host, string source)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""
            select i.code, v.period, v.value
            from core.dx_indicator_values v
            join core.dx_indicators i on i.id = v.indicator_id
            join ingest.load_batches b on b.id = v.load_batch_id
            where b.kind = 'upload' and b.source_code = @source and b.finished_at is not null and b.rows_written = 3
            order by 1, 2
            """, connection);
        query.Parameters.AddWithValue("source", source);
        await using var reader = await query.ExecuteReaderAsync();
        var values = new List<(string, DateOnly, decimal)>();
        while (await reader.ReadAsync())
        {
            values.Add((reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetDecimal(2)));
        }

        return values;
    }
}
