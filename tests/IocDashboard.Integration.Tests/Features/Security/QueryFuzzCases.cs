using System.Text;

namespace IocDashboard.Integration.Tests.Features.Security;

/// <summary>
/// The requests the query fuzzer sends to one endpoint, as (decoded path, raw query string starting with '?'): a few
/// fixed ones (plausible values, every parameter empty, a NUL, or 10 000 characters long) and random ones built
/// from the endpoint's own parameter names, differently cased, as arrays, repeated, and from names it does not have.
/// </summary>
internal static class QueryFuzzCases
{
    private static readonly IReadOnlyList<string> StrangeKeys = ["", "a[0]", "__proto__", "constructor", "x%00y", "%zz", "%E2%82", "🙂", "a b", "=", "&"];

    /// <param name="refusedOnly">
    /// Every request carries a value no parameter accepts (<see cref="QueryFuzzValues.NeverValid"/>) in one of the endpoint's
    /// parameters, so that the app refuses it before doing the work (for the PDFs, which a browser prints).
    /// </param>
    public static IEnumerable<(string Path, string Query)> For(FuzzedEndpoint endpoint, Random random, int randomCases, bool refusedOnly)
    {
        var parameters = endpoint.Parameters.ToList();
        if (refusedOnly && parameters.Count == 0)
        {
            yield break;
        }

        if (!refusedOnly)
        {
            yield return (endpoint.Path(PlausibleRoute(endpoint, random)), "");
            yield return (endpoint.Path(PlausibleRoute(endpoint, random)), Query(endpoint.QueryParameters.Select(n => (n, ""))));
            // PostgreSQL text cannot hold a NUL: every parameter gets one, so no query is left to meet it by chance.
            yield return (endpoint.Path(PlausibleRoute(endpoint, random)), Query(endpoint.QueryParameters.Select(n => (n, "%00"))));
            var longValue = Uri.EscapeDataString(new string('9', 10_000));
            yield return (endpoint.Path(endpoint.RouteParameters.ToDictionary(n => n, _ => new string('9', 10_000))),
                Query(endpoint.QueryParameters.Select(n => (n, longValue))));
        }

        for (var i = 0; i < randomCases; i++)
        {
            var route = endpoint.RouteParameters.ToDictionary(n => n, n => random.NextDouble() < 0.6 ? random.Pick(QueryFuzzValues.Plausible(n)) : HostilePathValue(random));
            var pairs = RandomPairs(endpoint, random);
            if (refusedOnly)
            {
                var refused = random.Pick(parameters);
                var value = random.Pick(QueryFuzzValues.NeverValid);
                if (route.ContainsKey(refused))
                {
                    route[refused] = value;
                }
                else
                {
                    // Last, and under the parameter's exact name, so that no earlier pair of the same name is the one read.
                    pairs.RemoveAll(p => string.Equals(p.Key, refused, StringComparison.OrdinalIgnoreCase));
                    pairs.Add((refused, Uri.EscapeDataString(value)));
                }
            }

            // A refused pair must keep its '=' and value: no stray separators then.
            yield return (endpoint.Path(route), Query(pairs, refusedOnly ? null : random));
        }
    }

    private static Dictionary<string, string> PlausibleRoute(FuzzedEndpoint endpoint, Random random) =>
        endpoint.RouteParameters.ToDictionary(n => n, n => random.Pick(QueryFuzzValues.Plausible(n)));

    /// <summary>A route value as the app sees it: hostile text, a raw fragment taken literally, or random Unicode.</summary>
    private static string HostilePathValue(Random random) => random.Next(3) switch
    {
        0 => random.Pick(QueryFuzzValues.Hostile),
        1 => random.Pick(QueryFuzzValues.RawWire),
        _ => QueryFuzzValues.RandomText(random),
    };

    private static List<(string Key, string Value)> RandomPairs(FuzzedEndpoint endpoint, Random random)
    {
        var pairs = new List<(string Key, string Value)>();
        var count = random.Next(0, 7);
        for (var i = 0; i < count; i++)
        {
            if (pairs.Count > 0 && random.NextDouble() < 0.15)
            {
                // The same key again, with another value.
                pairs.Add((random.Pick(pairs).Key, Value(random.Pick(pairs).Key, random)));
                continue;
            }

            var name = endpoint.QueryParameters.Count > 0 ? random.Pick(endpoint.QueryParameters) : "q";
            var key = random.Next(20) switch
            {
                < 13 => name,
                13 or 14 => random.Next(2) == 0 ? name.ToUpperInvariant() : name.ToLowerInvariant(),
                15 or 16 => name + (random.Next(2) == 0 ? "[]" : "[0]"),
                _ => random.Next(2) == 0 ? random.Pick(StrangeKeys) : Uri.EscapeDataString(QueryFuzzValues.RandomText(random)),
            };
            pairs.Add((key, Value(name, random)));
        }

        return pairs;
    }

    /// <summary>A value as it goes on the wire: plausible, hostile or random text percent-encoded, or a raw fragment as is.</summary>
    private static string Value(string name, Random random) => random.Next(20) switch
    {
        < 7 => Uri.EscapeDataString(random.Pick(QueryFuzzValues.Plausible(name))),
        < 14 => Uri.EscapeDataString(random.Pick(QueryFuzzValues.Hostile)),
        < 17 => random.Pick(QueryFuzzValues.RawWire),
        _ => Uri.EscapeDataString(QueryFuzzValues.RandomText(random)),
    };

    private static string Query(IEnumerable<(string Key, string Value)> pairs, Random? random = null)
    {
        var query = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            query.Append(query.Length == 0 ? '?' : '&').Append(key);
            // Now and then a key with no '=' at all, or stray separators.
            if (random is null || random.Next(12) != 0)
            {
                query.Append('=').Append(value);
            }

            if (random?.Next(15) == 0)
            {
                query.Append("&&");
            }
        }

        return query.ToString();
    }
}
