using System.Globalization;
using IocDashboard.Domain.Dossiers;
using IocDashboard.Domain.Tasks;

namespace IocDashboard.Reports.Charts;

/// <summary>An sRGB colour.</summary>
public readonly record struct RgbColour(byte R, byte G, byte B)
{
    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    public static RgbColour FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var value = int.Parse(hex.TrimStart('#'), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new RgbColour((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    public ScottPlot.Color ToScottPlot(double alpha = 1) => new(R, G, B, (byte)Math.Round(alpha * 255));
}

/// <summary>
/// The colours that carry meaning, defined once: the five task statuses and the red / amber / green bands of an
/// on-time rate. ScottPlot draws with them and the web serves them to the wall as CSS custom properties
/// (/wall/palette.css), so a status or a band has one colour on every screen and in every image.
/// </summary>
public static class DashboardPalette
{
    public static readonly RgbColour Green = RgbColour.FromHex("#22c55e");
    public static readonly RgbColour Amber = RgbColour.FromHex("#f5a524");
    public static readonly RgbColour Red = RgbColour.FromHex("#ef4444");
    public static readonly RgbColour Blue = RgbColour.FromHex("#3b82f6");
    public static readonly RgbColour Violet = RgbColour.FromHex("#a78bfa");

    /// <summary>The named colours the roles below are taken from (also served as CSS custom properties).</summary>
    public static IReadOnlyList<(string Name, RgbColour Colour)> Swatches { get; } =
        [("green", Green), ("amber", Amber), ("red", Red), ("blue", Blue), ("violet", Violet)];

    public static RgbColour Status(ReformTaskStatus status) => status switch
    {
        ReformTaskStatus.InProgressOnTime => Blue,
        ReformTaskStatus.InProgressOverdue => Red,
        ReformTaskStatus.CompletedOnTime => Green,
        ReformTaskStatus.CompletedLate => Amber,
        ReformTaskStatus.CompletedAwaitingConfirmation => Violet,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static RgbColour Level(OnTimeLevel level) => level switch
    {
        OnTimeLevel.Green => Green,
        OnTimeLevel.Amber => Amber,
        OnTimeLevel.Red => Red,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>An indicator that met its target is drawn as a green band, one that did not as a red one.</summary>
    public static RgbColour Achievement(bool achieved) => Level(achieved ? OnTimeLevel.Green : OnTimeLevel.Red);

    /// <summary>Dossiers received, in the monthly trend.</summary>
    public static RgbColour Received => Blue;
}
