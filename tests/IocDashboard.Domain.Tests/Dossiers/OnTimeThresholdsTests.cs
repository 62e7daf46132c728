using IocDashboard.Domain.Dossiers;

namespace IocDashboard.Domain.Tests.Dossiers;

public sealed class OnTimeThresholdsTests
{
    [Theory]
    [InlineData(0.97, OnTimeLevel.Green)]
    [InlineData(0.95, OnTimeLevel.Green)]
    [InlineData(0.9499, OnTimeLevel.Amber)]
    [InlineData(0.90, OnTimeLevel.Amber)]
    [InlineData(0.8999, OnTimeLevel.Red)]
    public void Rates_fall_in_the_default_bands(double rate, OnTimeLevel expected) =>
        Assert.Equal(expected, OnTimeThresholds.Default.LevelOf(rate));

    [Fact]
    public void No_rate_has_no_band() => Assert.Null(OnTimeThresholds.Default.LevelOf(null));

    [Fact]
    public void Other_thresholds_move_the_bands() => Assert.Equal(OnTimeLevel.Red, new OnTimeThresholds(0.99, 0.97).LevelOf(0.96));
}
