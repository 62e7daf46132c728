using System.Globalization;
using IocDashboard.Domain.Periods;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IocDashboard.Web.Features.Shared;

/// <summary>
/// Collects what is wrong with a request's query string, by parameter, and turns it into RFC 7807
/// validation problem details (HTTP 400). Handlers bind parameters as strings so that every bad value ends here.
/// </summary>
internal sealed class QueryErrors
{
    // The days a date parameter may name. Nothing the dashboard counts lies outside them, and the instants that
    // bound a day (midnight in Vietnam, the day after, a year back) must stay within what DateTimeOffset holds: at
    // 0001-01-01 or 9999-12-31 they do not, and the request would fail with a 500 instead of a 400.
    private static readonly DateOnly EarliestDay = new(1900, 1, 1);
    private static readonly DateOnly LatestDay = new(9998, 12, 31);

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>The parameters that have a problem, for a page that words them in Vietnamese.</summary>
    public IEnumerable<string> Parameters => _errors.Keys;

    public void Add(string parameter, string message)
    {
        if (!_errors.TryGetValue(parameter, out var messages))
        {
            _errors[parameter] = messages = [];
        }

        messages.Add(message);
    }

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        detail: "Invalid query parameter(s): " + string.Join(", ", _errors.Keys),
        title: "One or more query parameters are invalid.");

    /// <summary>A required date in ISO form (YYYY-MM-DD).</summary>
    public DateOnly? RequiredDate(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(name, $"'{name}' is required (YYYY-MM-DD).");
            return null;
        }

        return OptionalDate(name, value, default);
    }

    /// <summary>An optional date in ISO form; <paramref name="fallback"/> when absent.</summary>
    public DateOnly? OptionalDate(string name, string? value, DateOnly fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date >= EarliestDay && date <= LatestDay)
            {
                return date;
            }

            Add(name, $"'{value}' is outside {EarliestDay:yyyy-MM-dd} … {LatestDay:yyyy-MM-dd}.");
            return null;
        }

        Add(name, $"'{value}' is not a date of the form YYYY-MM-DD.");
        return null;
    }

    /// <summary>A reporting period [from, to]: both required, from ≤ to, at most <see cref="ReportingPeriod.MaxYears"/> years.</summary>
    public ReportingPeriod? Period(string? from, string? to)
    {
        var start = RequiredDate("from", from);
        var end = RequiredDate("to", to);
        if (start is not { } f || end is not { } t)
        {
            return null;
        }

        if (f > t)
        {
            Add("from", $"'from' ({f:yyyy-MM-dd}) is after 'to' ({t:yyyy-MM-dd}).");
            return null;
        }

        if (t > f.AddYears(ReportingPeriod.MaxYears))
        {
            Add("to", $"The period spans more than {ReportingPeriod.MaxYears} years.");
            return null;
        }

        return new ReportingPeriod(f, t);
    }
}
