namespace IocDashboard.Reports;

/// <summary>The outputs a periodic report is made in.</summary>
public enum ReportFormat
{
    Xlsx,
    Pdf,
}

public static class ReportFormats
{
    /// <summary>The file extension without the dot, also the word the archive and the API use: "xlsx", "pdf".</summary>
    public static string Extension(this ReportFormat format) => format switch
    {
        ReportFormat.Xlsx => "xlsx",
        ReportFormat.Pdf => "pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Reads "xlsx" or "pdf" in either case.</summary>
    public static bool TryParse(string? text, out ReportFormat format)
    {
        format = default;
        foreach (var candidate in Enum.GetValues<ReportFormat>())
        {
            if (string.Equals(text?.Trim(), candidate.Extension(), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        return false;
    }
}
