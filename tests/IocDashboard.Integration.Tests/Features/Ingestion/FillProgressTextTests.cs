using IocDashboard.Ingestion.Progress;

namespace IocDashboard.Integration.Tests.Features.Ingestion;

/// <summary>The terminal's progress line while the warehouse fills: records, per cent, rate, time left, sources done.</summary>
public sealed class FillProgressTextTests
{
    [Fact]
    public void A_fill_under_way_shows_records_of_announced_per_cent_rate_time_left_and_sources()
    {
        var progress = new FillProgress(1_234_567, 2_130_000, 7, 13, 68_012.4, TimeSpan.FromSeconds(19));

        Assert.Equal(
            "filling the warehouse: 1,234,567 of 2,130,000 records (58.0%), 68,012 records/s, about 13 s left, 7 of 13 sources done",
            FillProgressText.Line(progress));
    }

    [Fact]
    public void Before_any_source_announces_or_any_rate_is_known_the_line_says_only_what_it_knows()
    {
        var progress = new FillProgress(0, 0, 0, 13, 0, TimeSpan.FromSeconds(1));

        Assert.Equal("filling the warehouse: 0 records, 0 records/s, 0 of 13 sources done", FillProgressText.Line(progress));
    }

    [Fact]
    public void Time_left_is_what_remains_at_the_rate_so_far()
    {
        var progress = new FillProgress(1_000_000, 2_200_000, 3, 13, 10_000, TimeSpan.FromSeconds(100));

        Assert.Equal(TimeSpan.FromSeconds(120), progress.TimeLeft);
        Assert.Contains("about 2 min 00 s left", FillProgressText.Line(progress), StringComparison.Ordinal);
    }

    [Fact]
    public void The_ready_line_says_how_many_records_and_how_long_it_took()
    {
        var progress = new FillProgress(2_130_000, 2_130_000, 13, 13, 23_000, TimeSpan.FromSeconds(92));

        Assert.True(progress.Ready);
        Assert.Equal("data ready: 2,130,000 records from 13 sources in 1 min 32 s", FillProgressText.ReadyLine(progress));
    }

    [Theory]
    [InlineData(45, "45 s")]
    [InlineData(65, "1 min 05 s")]
    [InlineData(7260, "2 h 01 min")]
    public void Durations_read_as_a_person_says_them(int seconds, string words) =>
        Assert.Equal(words, FillProgressText.Duration(TimeSpan.FromSeconds(seconds)));
}
