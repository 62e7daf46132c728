using IocDashboard.Domain.Formatting;

namespace IocDashboard.Domain.Tests.Formatting;

public sealed class ShownRateTests
{
    [Fact]
    public void A_rate_is_shown_from_thirty_cases()
    {
        Assert.Null(ShownRate.Of(0.5, 29));
        Assert.Equal(0.5, ShownRate.Of(0.5, 30));
        Assert.Null(ShownRate.Of(null, 1000));
    }
}
