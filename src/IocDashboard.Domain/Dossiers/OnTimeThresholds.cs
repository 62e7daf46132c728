namespace IocDashboard.Domain.Dossiers;

/// <summary>The band an on-time rate falls in: what the wall and the charts colour red, amber or green.</summary>
public enum OnTimeLevel
{
    Red,
    Amber,
    Green,
}

/// <summary>A rate at or above <see cref="Green"/> is green; at or above <see cref="Amber"/> amber; below, red.</summary>
public sealed record OnTimeThresholds(double Green, double Amber)
{
    /// <summary>The operations centre's bands: 95% and 90%.</summary>
    public static readonly OnTimeThresholds Default = new(0.95, 0.90);

    /// <summary>The band of a rate; null when there is no rate (nothing resolved).</summary>
    public OnTimeLevel? LevelOf(double? rate) => rate switch
    {
        null => null,
        var r when r >= Green => OnTimeLevel.Green,
        var r when r >= Amber => OnTimeLevel.Amber,
        _ => OnTimeLevel.Red,
    };
}
