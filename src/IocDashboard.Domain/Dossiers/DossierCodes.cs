namespace IocDashboard.Domain.Dossiers;

/// <summary>The words used for levels and channels in the API and the seed files ("province", "online").</summary>
public static class DossierCodes
{
    public static string Name(ProcedureLevel level) => level switch
    {
        ProcedureLevel.Province => "province",
        ProcedureLevel.District => "district",
        ProcedureLevel.Commune => "commune",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static bool TryParseLevel(string value, out ProcedureLevel level)
    {
        foreach (var candidate in Enum.GetValues<ProcedureLevel>())
        {
            if (string.Equals(Name(candidate), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }

    public static ProcedureLevel ParseLevel(string value) =>
        TryParseLevel(value, out var level) ? level : throw new FormatException($"unknown procedure level '{value}'");

    public static string Name(Channel channel) => channel switch
    {
        Channel.Direct => "direct",
        Channel.Postal => "postal",
        Channel.Online => "online",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    public static Channel ParseChannel(string value)
    {
        foreach (var candidate in Enum.GetValues<Channel>())
        {
            if (string.Equals(Name(candidate), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw new FormatException($"unknown channel '{value}'");
    }
}
