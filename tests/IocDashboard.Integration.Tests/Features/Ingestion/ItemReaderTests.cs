using System.Text.Json;
using IocDashboard.Ingestion.Feeds;

namespace IocDashboard.Integration.Tests.Features.Ingestion;

/// <summary>How a feed item's instants are read: ISO 8601 date and time, or a quarantine reason.</summary>
public sealed class ItemReaderTests
{
    [Theory]
    [InlineData("2024-03-05T08:30:00+07:00", 2024, 3, 5, 1, 30)]
    [InlineData("2024-03-05T01:30:00Z", 2024, 3, 5, 1, 30)]
    [InlineData("2024-03-05T08:30:00.250+07:00", 2024, 3, 5, 1, 30)]
    public void An_ISO_8601_instant_is_read_with_its_offset(string text, int year, int month, int day, int utcHour, int minute)
    {
        var reader = Reader($$"""{"at": "{{text}}"}""");

        var instant = reader.Instant("at");

        Assert.True(reader.Ok, reader.Problem);
        Assert.Equal(new DateTime(year, month, day, utcHour, minute, 0), instant!.Value.UtcDateTime.AddMilliseconds(-instant.Value.Millisecond));
    }

    [Theory]
    [InlineData("""{"at": "2024-03-05"}""", "field 'at' is not an ISO 8601 instant: '2024-03-05'")]
    [InlineData("""{"at": "05/03/2024 08:30"}""", "field 'at' is not an ISO 8601 instant: '05/03/2024 08:30'")]
    [InlineData("""{"at": "2024-02-30T08:30:00+07:00"}""", "field 'at' is not an ISO 8601 instant: '2024-02-30T08:30:00+07:00'")]
    [InlineData("""{"at": 20240305}""", "field 'at' is not a text")]
    [InlineData("""{"at": ""}""", "field 'at' is not a text")]
    [InlineData("""{"other": 1}""", "missing required field 'at'")]
    [InlineData("""{"at": null}""", "missing required field 'at'")]
    public void Anything_else_is_refused_with_its_reason(string json, string problem)
    {
        var reader = Reader(json);

        Assert.Null(reader.Instant("at"));
        Assert.Equal(problem, reader.Problem);
    }

    [Fact]
    public void An_optional_instant_may_be_absent_or_null()
    {
        var reader = Reader("""{"at": null}""");

        Assert.Null(reader.Instant("at", required: false));
        Assert.Null(reader.Instant("missing", required: false));
        Assert.True(reader.Ok);
    }

    private static ItemReader Reader(string json) => new(JsonDocument.Parse(json).RootElement.Clone());
}
