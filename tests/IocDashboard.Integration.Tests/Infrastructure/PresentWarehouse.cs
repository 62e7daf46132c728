namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>
/// The history to a fixed present, 30 November 2026 at 14:00 (about 4.7 million dossiers), for the tests of the
/// figures published after the 2025 merger.
/// </summary>
public sealed class PresentWarehouse() : SeededWarehouseAt("ioc_present", Present)
{
    public static readonly DateTimeOffset Present = new(2026, 11, 30, 14, 0, 0, TimeSpan.FromHours(7));
}

[CollectionDefinition(Name)]
public sealed class PresentWarehouseGroup : ICollectionFixture<PresentWarehouse>
{
    public const string Name = "Present-day warehouse";
}
