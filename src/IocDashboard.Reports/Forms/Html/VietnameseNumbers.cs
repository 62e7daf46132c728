using System.Globalization;

namespace IocDashboard.Reports.Forms.Html;

/// <summary>
/// Counts as Vietnamese documents print them: a dot between thousands (270.497). Fixed here rather than taken from
/// the vi-VN culture, so the output does not depend on the ICU data of the machine.
/// </summary>
public static class VietnameseNumbers
{
    private static readonly NumberFormatInfo Format = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static string Count(long value) => value.ToString("#,##0", Format);

    /// <summary>A rate as a percentage with two decimals and a decimal comma (99,12%); a dash when there is none.</summary>
    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.00", Format) + "%" : "–";
}
