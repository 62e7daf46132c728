using System.Globalization;

namespace IocDashboard.Domain.Formatting;

/// <summary>
/// Vietnamese number formats: "." groups thousands, "," marks decimals (94,12% and 270.497). Explicit
/// separators keep the output the same with or without ICU data on the host.
/// </summary>
public static class VietnameseFormat
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>A fraction as a percentage with two decimals, rounded half away from zero: 0.941223 → "94,12%".</summary>
    public static string Percent(double? fraction)
    {
        if (fraction is not { } value)
        {
            return "—";
        }

        var percent = Math.Round((decimal)value * 100m, 2, MidpointRounding.AwayFromZero);
        return percent.ToString("N2", Numbers) + "%";
    }

    /// <summary>A count with thousands grouped by dots: 270497 → "270.497".</summary>
    public static string Count(long value) => value.ToString("N0", Numbers);

    /// <summary>A decimal with up to two decimals: 92.5 → "92,5".</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", Numbers);

    /// <summary>A number with exactly two decimals, rounded half away from zero: 8.5714 → "8,57", 43.1 → "43,10".</summary>
    public static string Decimal2(double value) =>
        Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero).ToString("N2", Numbers);

    /// <summary>A date as written in Vietnam: 2024-10-31 → "31/10/2024".</summary>
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A fraction for JSON: enough decimals to recompute the percentage exactly.</summary>
    public static double? Fraction(double? fraction) => fraction is { } v ? Math.Round(v, 6, MidpointRounding.AwayFromZero) : null;
}
