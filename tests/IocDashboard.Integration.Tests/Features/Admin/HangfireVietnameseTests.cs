using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Hangfire;

namespace IocDashboard.Integration.Tests.Features.Admin;

/// <summary>
/// The Hangfire Dashboard speaks Vietnamese through our own satellite assembly, vi/Hangfire.Core.resources.dll
/// (src/IocDashboard.HangfireVietnamese), copied beside Hangfire.Core.dll. These tests fail when a Hangfire
/// upgrade adds or renames strings or changes their placeholders, and when the satellite stops reaching the output.
/// </summary>
public sealed partial class HangfireVietnameseTests
{
    private const string BaseName = "Hangfire.Dashboard.Content.resx.Strings";
    private static readonly Assembly HangfireCore = typeof(JobStorage).Assembly;
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi");

    // What UseRequestLocalization sets for our users; ResourceManager falls back from vi-VN to the vi satellite.
    private static readonly CultureInfo ViVn = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public void Every_dashboard_string_has_a_Vietnamese_value()
    {
        var resources = new ResourceManager(BaseName, HangfireCore);
        var english = Entries(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false));
        // tryParents: false, so a missing satellite gives null instead of the English strings.
        var vietnamese = Entries(resources.GetResourceSet(Vi, true, false));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(vietnamese.Keys));
        Assert.Empty(vietnamese.Keys.Except(english.Keys));
        Assert.DoesNotContain(english.Keys, key => string.IsNullOrWhiteSpace(vietnamese[key]));
        Assert.DoesNotContain(english.Keys, key => resources.GetString(key, ViVn) != vietnamese[key]);
        // A value still in English is a string someone forgot to translate.
        Assert.DoesNotContain(english.Keys, key => english[key] == vietnamese[key]);
    }

    [Fact]
    public void Vietnamese_values_keep_the_placeholders_and_markup_of_the_English()
    {
        var resources = new ResourceManager(BaseName, HangfireCore);
        var english = Entries(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false));

        string Vietnamese(string key) => resources.GetString(key, ViVn) ?? "";

        // string.Format fills {0}, {1}: a lost or extra one throws or drops a value on the page.
        Assert.DoesNotContain(english.Keys, key => !Placeholders(english[key]).SequenceEqual(Placeholders(Vietnamese(key))));
        // The *_Html values are written raw into the page: same tags and attributes, in the same order.
        Assert.DoesNotContain(english.Keys, key => !Tags(english[key]).SequenceEqual(Tags(Vietnamese(key))));
    }

    [Theory]
    [InlineData("NavigationMenu_RecurringJobs", "Tác vụ định kỳ")]
    [InlineData("RecurringJobsPage_Title", "Tác vụ định kỳ")]
    [InlineData("RecurringJobsPage_TriggerNow", "Chạy ngay")]
    [InlineData("NavigationMenu_Jobs", "Tác vụ")]
    [InlineData("NavigationMenu_Servers", "Máy chủ")]
    [InlineData("NavigationMenu_Retries", "Thử lại")]
    [InlineData("QueuesPage_Table_Queue", "Hàng đợi")]
    [InlineData("JobsSidebarMenu_Enqueued", "Trong hàng đợi")]
    [InlineData("JobsSidebarMenu_Scheduled", "Đã lên lịch")]
    [InlineData("JobsSidebarMenu_Processing", "Đang chạy")]
    [InlineData("JobsSidebarMenu_Succeeded", "Thành công")]
    [InlineData("JobsSidebarMenu_Failed", "Thất bại")]
    [InlineData("JobsSidebarMenu_Deleted", "Đã xoá")]
    [InlineData("JobsSidebarMenu_Awaiting", "Đang chờ")]
    [InlineData("Metrics_FailedCountOrNull", "Có {0} tác vụ thất bại. Hãy thử lại hoặc xoá chúng thủ công.")]
    public void Uses_the_operations_centre_words(string key, string vietnamese)
    {
        var resources = new ResourceManager(BaseName, HangfireCore);

        Assert.Equal(vietnamese, resources.GetString(key, ViVn));
    }

    [Fact]
    public void The_satellite_sits_beside_Hangfire_Core_with_its_version()
    {
        var satellite = HangfireCore.GetSatelliteAssembly(Vi);

        Assert.Equal("Hangfire.Core.resources", satellite.GetName().Name);
        // Bump src/IocDashboard.HangfireVietnamese's <Version> with Hangfire.Core in Directory.Packages.props.
        Assert.Equal(HangfireCore.GetName().Version, satellite.GetName().Version);
        Assert.Contains($"{BaseName}.vi.resources", satellite.GetManifestResourceNames());
        Assert.Equal(
            Path.Combine(Path.GetDirectoryName(HangfireCore.Location)!, "vi", "Hangfire.Core.resources.dll"),
            satellite.Location);
    }

    private static Dictionary<string, string> Entries(ResourceSet? set)
    {
        Assert.NotNull(set);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static string[] Placeholders(string value) =>
        Placeholder().Matches(value).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    private static string[] Tags(string value) => Tag().Matches(value).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
