using IocDashboard.Domain.OrgUnits;

namespace IocDashboard.Domain.Tests.OrgUnits;

public sealed class ScopeChangeTests
{
    private static readonly (DateOnly, DateOnly?)[] Units =
    [
        (new DateOnly(2000, 1, 1), new DateOnly(2025, 7, 1)), // a district, abolished
        (new DateOnly(2020, 2, 1), new DateOnly(2025, 7, 1)), // a commune formed in 2020, merged in 2025
        (new DateOnly(2025, 7, 1), null), // a commune of today
    ];

    [Fact]
    public void A_period_across_the_merger_names_the_merger_day()
    {
        Assert.Equal(new DateOnly(2025, 7, 1), ScopeChange.Within(Units, new DateOnly(2024, 12, 1), new DateOnly(2025, 11, 30)));
        Assert.Equal("phạm vi thay đổi từ 01/7/2025", ScopeChange.Text(new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void A_period_that_starts_on_the_change_or_ends_before_it_has_none()
    {
        Assert.Null(ScopeChange.Within(Units, new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30)));
        Assert.Null(ScopeChange.Within(Units, new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30)));
    }

    [Fact]
    public void The_latest_change_in_the_period_is_named()
    {
        Assert.Equal(new DateOnly(2025, 7, 1), ScopeChange.Within(Units, new DateOnly(2019, 1, 1), new DateOnly(2026, 1, 1)));
        Assert.Equal(new DateOnly(2020, 2, 1), ScopeChange.Within(Units, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)));
    }
}
