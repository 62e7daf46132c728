namespace IocDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>Five minutes into 2026: the year to date has barely begun, the last 30 days cross the new year.</summary>
public sealed class NewYearWallRig() : SeededWallRig("ioc_e2e_newyear", At, At)
{
    public static readonly DateTimeOffset At = new(2026, 1, 1, 0, 5, 0, TimeSpan.FromHours(7));
}

/// <summary>An afternoon at the end of November 2026: the merged province with its 96 communes and wards.</summary>
public sealed class LateNovemberWallRig() : SeededWallRig("ioc_e2e_november", At, At)
{
    public static readonly DateTimeOffset At = new(2026, 11, 30, 14, 0, 0, TimeSpan.FromHours(7));
}

[CollectionDefinition(Name)]
public sealed class NewYearWallGroup : ICollectionFixture<NewYearWallRig>
{
    public const string Name = "Wall in Chromium at 2026-01-01 00:05";
}

[CollectionDefinition(Name)]
public sealed class LateNovemberWallGroup : ICollectionFixture<LateNovemberWallRig>
{
    public const string Name = "Wall in Chromium at 2026-11-30 14:00";
}
