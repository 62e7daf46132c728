using IocDashboard.SeedData.History;

namespace IocDashboard.Domain.Tests.SeedHistory;

public sealed class DeterminismTests(GeneratedHistoryFixture fixture) : IClassFixture<GeneratedHistoryFixture>
{
    [Fact]
    public void The_same_seed_generates_the_same_history()
    {
        var again = DossierHistoryGenerator.Generate(fixture.Reference, fixture.Profile, fixture.Targets);

        Assert.Equal(fixture.History.Dossiers.Count, again.Dossiers.Count);
        Assert.Equal(Fingerprint(fixture.History), Fingerprint(again));
    }

    [Fact]
    public void Apportion_is_exact_and_proportional()
    {
        var shares = DossierHistoryGenerator.Apportion(10, [1.0, 1.0, 1.0]);
        Assert.Equal(10, shares.Sum());
        Assert.Equal([4L, 3L, 3L], shares);
        Assert.Equal([0L, 7L], DossierHistoryGenerator.Apportion(7, [0.0, 2.0]));
    }

    private static long Fingerprint(SeedData.History.SeedHistory history)
    {
        var hash = new HashCode();
        foreach (var d in history.Dossiers)
        {
            hash.Add(d.ExternalId);
            hash.Add(d.ReceivedAt.Ticks);
            hash.Add(d.DueAt.Ticks);
            hash.Add(d.ResolvedAt?.Ticks);
            hash.Add(d.Channel);
            hash.Add(d.Procedure.Code);
        }

        return hash.ToHashCode();
    }
}
