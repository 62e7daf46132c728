using IocDashboard.SeedData.Reference;

namespace IocDashboard.SourceSimulator.Feeds.Petitions;

/// <summary>A petition with every dated step it will ever take; what the system shows depends on the day.</summary>
internal sealed record Petition(
    string Id, DateTimeOffset ReceivedAt, string Channel, string UnitCode, string Subject,
    DateTimeOffset? ForwardedAt, DateTimeOffset? AnsweredAt, bool? AnsweredOnline)
{
    public static Petition From(FeedbackRow row) => new(
        row.ExternalId, Local(row.ReceivedAt), row.Channel, row.UnitCode, row.Subject,
        row.ForwardedAt is { } f ? Local(f) : null, row.AnsweredAt is { } a ? Local(a) : null, row.AnsweredOnline);

    private static DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(Live.SimulatedClock.Offset);

    /// <summary>The petition as seen at <paramref name="now"/>: steps still ahead are not shown; null when not yet received.</summary>
    public PetitionView? At(DateTimeOffset now)
    {
        if (ReceivedAt > now)
        {
            return null;
        }

        var forwarded = ForwardedAt <= now ? ForwardedAt : null;
        var answered = AnsweredAt <= now ? AnsweredAt : null;
        var updatedAt = new[] { ReceivedAt, forwarded ?? ReceivedAt, answered ?? ReceivedAt }.Max();
        return new PetitionView(this, forwarded, answered, answered is null ? null : AnsweredOnline, updatedAt);
    }
}

/// <summary>A petition as the PAKN system shows it at one instant.</summary>
internal sealed record PetitionView(
    Petition Petition, DateTimeOffset? ForwardedAt, DateTimeOffset? AnsweredAt, bool? AnsweredOnline, DateTimeOffset UpdatedAt);
