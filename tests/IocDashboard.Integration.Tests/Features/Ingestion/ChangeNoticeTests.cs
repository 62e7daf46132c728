using IocDashboard.Ingestion.Sources;
using IocDashboard.Ingestion.Sync;

namespace IocDashboard.Integration.Tests.Features.Ingestion;

/// <summary>The change notice is one record on both sides of ioc_changes: what the sync sends, the wall reads back.</summary>
public sealed class ChangeNoticeTests
{
    [Fact]
    public void Is_sent_as_camel_case_json_with_the_kind_as_text_and_read_back_as_sent()
    {
        var sent = new ChangeNotice("motcua-705", SourceKind.Dossiers, ["705", "705.01"], new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 2));

        var json = sent.ToJson();
        var read = ChangeNotice.FromJson(json);

        Assert.Equal("""{"source":"motcua-705","kind":"dossiers","units":["705","705.01"],"from":"2024-03-01","to":"2024-03-02"}""", json);
        Assert.NotNull(read);
        Assert.Equal((sent.Source, sent.Kind, sent.From, sent.To), (read.Source, read.Kind, read.From, read.To));
        Assert.Equal(sent.Units, read.Units);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"source":"x","kind":"weather","units":[]}""")]
    public void A_payload_that_is_not_a_notice_reads_as_none(string payload) => Assert.Null(ChangeNotice.FromJson(payload));
}
