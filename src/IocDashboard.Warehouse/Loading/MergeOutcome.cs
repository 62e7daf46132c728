namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// What writing one batch of rows changed: the counts for the run, and the units and local days touched for the
/// change notification (none when the kind of row has no unit or day).
/// </summary>
public sealed record MergeOutcome(int Inserted, int Updated, int Unchanged, IReadOnlyCollection<int> UnitIds, DateOnly? FirstDay, DateOnly? LastDay)
{
    public static readonly MergeOutcome Nothing = new(0, 0, 0, [], null, null);
}
