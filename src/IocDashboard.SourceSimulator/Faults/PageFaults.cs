namespace IocDashboard.SourceSimulator.Faults;

/// <summary>
/// How one page's items are altered. Duplicates, shuffling and extra fields draw from the request's random
/// stream; bogus records are decided by a hash of (seed, source, fault, real record id), so every page that
/// carries a real record carries the same bogus companions, whatever its boundaries and however often retried.
/// </summary>
internal sealed class PageFaults(FaultSettings settings, string sourceId, Random random)
{
    public static readonly PageFaults None = new(FaultSettings.None, "", new Random(0));

    public FaultSettings Settings { get; } = settings;

    public Random Random { get; } = random;

    public bool AltersItems => Settings.AltersItems;

    public bool Duplicate() => Settings.DuplicateRate > 0 && Random.NextDouble() < Settings.DuplicateRate;

    public bool ExtraFields() => Settings.ExtraFieldsRate > 0 && Random.NextDouble() < Settings.ExtraFieldsRate;

    public bool Bogus(BogusFault fault, string realId)
    {
        var rate = fault.RateIn(Settings);
        return rate > 0 && Unit(Hash(Settings.Seed, sourceId, fault, realId)) < rate;
    }

    /// <summary>A uniform number in [0, 1) from the top 53 bits of a hash.</summary>
    private static double Unit(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));

    /// <summary>FNV-1a over the inputs, then a final mix: stable across processes, unlike string.GetHashCode.</summary>
    private static ulong Hash(int seed, string source, BogusFault fault, string id)
    {
        var h = 14695981039346656037UL;
        void Add(ulong value)
        {
            h ^= value;
            h *= 1099511628211UL;
        }

        Add((ulong)(uint)seed);
        Add((ulong)fault + 1);
        foreach (var c in source)
        {
            Add(c);
        }

        Add(0x1F);
        foreach (var c in id)
        {
            Add(c);
        }

        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
