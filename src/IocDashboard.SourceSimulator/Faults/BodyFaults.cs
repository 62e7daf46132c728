namespace IocDashboard.SourceSimulator.Faults;

/// <summary>Turns a complete JSON body into a truncated or a malformed one.</summary>
internal static class BodyFaults
{
    public static ReadOnlyMemory<byte> Corrupt(ReadOnlyMemory<byte> body, BodyFault fault, Random random) => fault switch
    {
        BodyFault.Truncated => Truncate(body, random),
        BodyFault.Malformed => Malform(body, random),
        _ => body,
    };

    /// <summary>A valid start cut off somewhere between 10% and 90% of the body.</summary>
    private static ReadOnlyMemory<byte> Truncate(ReadOnlyMemory<byte> body, Random random)
    {
        var length = Math.Max(1, (int)(body.Length * (0.1 + 0.8 * random.NextDouble())));
        return body[..Math.Min(length, body.Length - 1)];
    }

    /// <summary>
    /// Inserts a comma right after the opening brace of a randomly chosen object: "{," is invalid JSON in every
    /// parser. The bytes <c>{"</c> only occur at object starts, since a quote inside a string is always escaped.
    /// </summary>
    private static ReadOnlyMemory<byte> Malform(ReadOnlyMemory<byte> body, Random random)
    {
        var span = body.Span;
        var starts = new List<int>();
        for (var i = 0; i + 1 < span.Length; i++)
        {
            if (span[i] == (byte)'{' && span[i + 1] == (byte)'"')
            {
                starts.Add(i);
            }
        }

        var at = starts.Count == 0 ? 0 : starts[random.Next(starts.Count)];
        var broken = new byte[body.Length + 1];
        span[..(at + 1)].CopyTo(broken);
        broken[at + 1] = (byte)',';
        span[(at + 1)..].CopyTo(broken.AsSpan(at + 2));
        return broken;
    }
}
