using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Tasks;
using IocDashboard.Reports.Charts;

namespace IocDashboard.Reports.Tests.Charts;

public sealed class ChartPaletteTests
{
    [Fact]
    public void Every_task_status_has_its_own_colour() =>
        Assert.Equal(5, Enum.GetValues<ReformTaskStatus>().Select(DashboardPalette.Status).Distinct().Count());

    [Fact]
    public void Overdue_and_late_tasks_share_the_red_and_amber_of_the_on_time_bands()
    {
        Assert.Equal(DashboardPalette.Level(OnTimeLevel.Red), DashboardPalette.Status(ReformTaskStatus.InProgressOverdue));
        Assert.Equal(DashboardPalette.Level(OnTimeLevel.Amber), DashboardPalette.Status(ReformTaskStatus.CompletedLate));
        Assert.Equal(DashboardPalette.Level(OnTimeLevel.Green), DashboardPalette.Status(ReformTaskStatus.CompletedOnTime));
    }

    [Theory]
    [InlineData("#22c55e", 0x22, 0xc5, 0x5e)]
    [InlineData("ef4444", 0xef, 0x44, 0x44)]
    public void Hex_round_trips(string hex, byte r, byte g, byte b)
    {
        var colour = RgbColour.FromHex(hex);
        Assert.Equal(new RgbColour(r, g, b), colour);
        Assert.Equal("#" + hex.TrimStart('#'), colour.Hex);
    }
}
