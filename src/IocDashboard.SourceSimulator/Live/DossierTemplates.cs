using IocDashboard.SourceSimulator.Feeds.Dossiers;

namespace IocDashboard.SourceSimulator.Live;

/// <summary>A dossier of the last seed year, reduced to what a new arrival copies from it.</summary>
internal readonly record struct DossierTemplate(
    short Unit, short Procedure, byte Field, byte Level, byte Channel, byte OnlineLevel, short DueDays, byte Minute);

/// <summary>
/// The shape of one source's live arrivals, taken from its dossiers of the last seed year per hour of the week
/// (168 buckets, Sunday 00h first): the mean arrivals per hour, and the dossiers to copy unit, procedure,
/// channel, due period and minute from. Weekdays, office hours and evening online submissions come for free.
/// </summary>
internal sealed class DossierTemplates
{
    public const int Buckets = 7 * 24;

    private DossierTemplates(DossierTemplate[][] byBucket, double[] ratePerHour)
    {
        ByBucket = byBucket;
        RatePerHour = ratePerHour;
    }

    public DossierTemplate[][] ByBucket { get; }

    public double[] RatePerHour { get; }

    public static int BucketOf(DateTime local) => ((int)local.DayOfWeek * 24) + local.Hour;

    /// <summary>Collects the templates of one year while the history is loaded.</summary>
    internal sealed class Builder(int year)
    {
        private readonly List<DossierTemplate>[] _buckets = Enumerable.Range(0, Buckets).Select(_ => new List<DossierTemplate>()).ToArray();

        public int Year { get; } = year;

        public void Add(in DossierRow row)
        {
            var received = new DateTime(row.ReceivedTicks);
            var dueDays = DateOnly.FromDateTime(new DateTime(row.DueTicks)).DayNumber - DateOnly.FromDateTime(received).DayNumber;
            _buckets[BucketOf(received)].Add(new DossierTemplate(
                row.Unit, row.Procedure, row.Field, row.Level, row.Channel, row.OnlineLevel, (short)dueDays, (byte)received.Minute));
        }

        public DossierTemplates Build()
        {
            // How many Sundays, Mondays, ... the year had: the divisor of each bucket's count.
            var weekdays = new int[7];
            for (var day = new DateOnly(Year, 1, 1); day.Year == Year; day = day.AddDays(1))
            {
                weekdays[(int)day.DayOfWeek]++;
            }

            var rates = new double[Buckets];
            for (var b = 0; b < Buckets; b++)
            {
                rates[b] = (double)_buckets[b].Count / weekdays[b / 24];
            }

            return new DossierTemplates(_buckets.Select(b => b.ToArray()).ToArray(), rates);
        }
    }
}
