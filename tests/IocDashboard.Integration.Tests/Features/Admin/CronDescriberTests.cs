using IocDashboard.Web.Features.Admin.Jobs;

namespace IocDashboard.Integration.Tests.Features.Admin;

public sealed class CronDescriberTests
{
    [Theory]
    [InlineData("0 0/1 * * * ?", "mỗi phút")]
    [InlineData("0 * * * * ?", "mỗi phút")]
    [InlineData("15 0/1 * * * ?", "mỗi phút, giây thứ 15")]
    [InlineData("30 0/5 * * * ?", "mỗi 5 phút")]
    [InlineData("40 0/15 * * * ?", "mỗi 15 phút")]
    [InlineData("50 0/2 * * * ?", "mỗi 2 phút")]
    [InlineData("0 0 2 * * ?", "hằng ngày lúc 02:00")]
    [InlineData("0 30 14 * * ?", "hằng ngày lúc 14:30")]
    [InlineData("5 30 14 * * ? *", "hằng ngày lúc 14:30:05")]
    [InlineData("0 0 * * * ?", "mỗi giờ")]
    [InlineData("0 0 0/6 * * ?", "mỗi 6 giờ")]
    [InlineData("0/1 * * * * ?", "mỗi giây")]
    [InlineData("0/10 * * * * ?", "mỗi 10 giây")]
    [InlineData("0 */1 * * * *", "mỗi phút")]
    [InlineData("30 */5 * * * *", "mỗi 5 phút")]
    [InlineData("* * * * * *", "mỗi giây")]
    [InlineData("*/5 * * * *", "mỗi 5 phút")]
    [InlineData("0 2 * * *", "hằng ngày lúc 02:00")]
    [InlineData("15 * * * *", "mỗi giờ, phút thứ 15")]
    public void Describes_the_schedules_we_use(string cron, string words) => Assert.Equal(words, CronDescriber.Describe(cron));

    [Theory]
    [InlineData("0 0 0 1 1 ? 2099")]
    [InlineData("0 0 1 1 *")]
    [InlineData("0 0 8 ? * MON-FRI")]
    [InlineData("0 15 10 L * ?")]
    [InlineData("5/10 * * * * ?")]
    [InlineData("0 0/1 2-4 * * ?")]
    [InlineData("not a cron")]
    public void Shows_any_other_expression_as_written(string cron) => Assert.Equal(cron, CronDescriber.Describe(cron));
}
