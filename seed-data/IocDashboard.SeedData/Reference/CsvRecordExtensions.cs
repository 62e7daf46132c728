using System.Globalization;

namespace IocDashboard.SeedData.Reference;

internal static class CsvRecordExtensions
{
    public static string Text(this IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value)
            ? value
            : throw new InvalidDataException($"missing column '{column}'");

    public static string? OptionalText(this IReadOnlyDictionary<string, string> row, string column) =>
        row.Text(column) is { Length: > 0 } value ? value : null;

    public static DateOnly Date(this IReadOnlyDictionary<string, string> row, string column) =>
        DateOnly.ParseExact(row.Text(column), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? OptionalDate(this IReadOnlyDictionary<string, string> row, string column) =>
        row.OptionalText(column) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public static DateTimeOffset? OptionalInstant(this IReadOnlyDictionary<string, string> row, string column) =>
        row.OptionalText(column) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : null;

    public static int Int(this IReadOnlyDictionary<string, string> row, string column) =>
        int.Parse(row.Text(column), CultureInfo.InvariantCulture);

    public static decimal Decimal(this IReadOnlyDictionary<string, string> row, string column) =>
        decimal.Parse(row.Text(column), CultureInfo.InvariantCulture);

    public static double Double(this IReadOnlyDictionary<string, string> row, string column) =>
        double.Parse(row.Text(column), CultureInfo.InvariantCulture);

    public static bool Bool(this IReadOnlyDictionary<string, string> row, string column) =>
        bool.Parse(row.Text(column));

    public static bool? OptionalBool(this IReadOnlyDictionary<string, string> row, string column) =>
        row.OptionalText(column) is { } text ? bool.Parse(text) : null;
}
