using IocDashboard.Domain.Periods;
using Npgsql;

namespace IocDashboard.Warehouse.Queries;

/// <summary>Petitions received in a period and where they stood at its end (DOMAIN.md §4).</summary>
public sealed record FeedbackMeasures(long Received, long Forwarded, long Answered, long AnsweredOnline, IReadOnlyDictionary<string, long> ByChannel)
{
    public double? ResolutionRate => Received == 0 ? null : (double)Answered / Received;
}

/// <summary>A petition as the meeting lists it: when it arrived, through which channel, about which unit, on what.</summary>
public sealed record PetitionItem(DateTimeOffset ReceivedAt, string Channel, string UnitCode, string UnitName, string Subject);

public sealed class FeedbackQueries(NpgsqlDataSource dataSource)
{
    /// <summary>The petitions received in the period, oldest first (a few hundred a month for the province).</summary>
    public async Task<IReadOnlyList<PetitionItem>> ReceivedAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select f.received_at, f.channel, u.code, u.name, f.subject
            from core.feedback_items f join core.org_units u on u.id = f.unit_id
            where f.received_at >= @start and f.received_at < @end
            order by f.received_at, f.id
            """);
        command.Parameters.AddWithValue("start", period.Start.ToUniversalTime());
        command.Parameters.AddWithValue("end", period.End.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<PetitionItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new PetitionItem(
                reader.GetFieldValue<DateTimeOffset>(0).ToOffset(ReportingPeriod.VietnamOffset), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return items;
    }

    public async Task<FeedbackMeasures> SummaryAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select channel,
                   count(*),
                   count(*) filter (where forwarded_at < @end),
                   count(*) filter (where answered_at < @end),
                   count(*) filter (where answered_at < @end and answered_online)
            from core.feedback_items
            where received_at >= @start and received_at < @end
            group by channel
            """);
        command.Parameters.AddWithValue("start", period.Start.ToUniversalTime());
        command.Parameters.AddWithValue("end", period.End.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long received = 0, forwarded = 0, answered = 0, online = 0;
        var byChannel = new Dictionary<string, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            byChannel[reader.GetString(0)] = reader.GetInt64(1);
            received += reader.GetInt64(1);
            forwarded += reader.GetInt64(2);
            answered += reader.GetInt64(3);
            online += reader.GetInt64(4);
        }

        return new FeedbackMeasures(received, forwarded, answered, online, byChannel);
    }
}
