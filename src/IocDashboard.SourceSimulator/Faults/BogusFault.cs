namespace IocDashboard.SourceSimulator.Faults;

/// <summary>The kinds of bogus record a source can slip into a page. Never a real record.</summary>
internal enum BogusFault
{
    UnknownUnit,
    ImpossibleDates,
    MissingFields,
}

internal static class BogusFaults
{
    public static readonly BogusFault[] All = [BogusFault.UnknownUnit, BogusFault.ImpossibleDates, BogusFault.MissingFields];

    public static string WireName(this BogusFault fault) => fault switch
    {
        BogusFault.UnknownUnit => "unknownUnit",
        BogusFault.ImpossibleDates => "impossibleDates",
        _ => "missingFields",
    };

    /// <summary>The bogus record's id: derived from the real record it sits next to, so a retry repeats it exactly.</summary>
    public static string BogusId(this BogusFault fault, string realId) => fault switch
    {
        BogusFault.UnknownUnit => "FAULT-U-" + realId,
        BogusFault.ImpossibleDates => "FAULT-D-" + realId,
        _ => "FAULT-M-" + realId,
    };

    public static double RateIn(this BogusFault fault, FaultSettings settings) => fault switch
    {
        BogusFault.UnknownUnit => settings.UnknownUnitRate,
        BogusFault.ImpossibleDates => settings.ImpossibleDatesRate,
        _ => settings.MissingFieldsRate,
    };
}
