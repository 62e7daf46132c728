namespace IocDashboard.Domain.Formatting;

/// <summary>
/// A change as the report and the API write it (<see cref="Dossiers.MeasureChange"/>): a count's relative change
/// "+12,34%", a rate's change "+0,52 điểm %", a dash when there is none.
/// </summary>
public static class ChangeFormat
{
    public const string None = "—";

    public static string Relative(double? fraction) => fraction is { } f ? Sign(f, 4) + VietnameseFormat.Percent(Math.Abs(f)) : None;

    public static string Points(double? points) =>
        points is { } p ? Sign(p, 2) + VietnameseFormat.Percent(Math.Abs(p) / 100).Replace("%", " điểm %", StringComparison.Ordinal) : None;

    /// <summary>"+", "-" or nothing, of the value rounded to what is shown, so a change printed as 0,00 carries no sign.</summary>
    public static string Sign(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero) switch
    {
        > 0 => "+",
        < 0 => "-",
        _ => "",
    };
}
