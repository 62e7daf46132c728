namespace IocDashboard.Warehouse.Loading;

/// <summary>
/// Where a row of a dimension or of the reform tasks came from (their source column): a published document or
/// generated data (both from the seed files), or a connector that delivered it live.
/// </summary>
public enum RowOrigin
{
    Published,
    Synthetic,
    Connector,
}

/// <summary>The one mapping between a <see cref="RowOrigin"/> and the text of the source column.</summary>
public static class RowOrigins
{
    public static string ToText(this RowOrigin origin) => origin switch
    {
        RowOrigin.Published => "published",
        RowOrigin.Synthetic => "synthetic",
        RowOrigin.Connector => "connector",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, "unknown row origin"),
    };

    /// <summary>The origin a seed file names ("published", "synthetic").</summary>
    public static RowOrigin Parse(string text)
    {
        foreach (var origin in Enum.GetValues<RowOrigin>())
        {
            if (string.Equals(origin.ToText(), text, StringComparison.Ordinal))
            {
                return origin;
            }
        }

        throw new FormatException($"'{text}' is not a row origin; use published, synthetic or connector");
    }
}
