using IocDashboard.Domain.Periods;
using IocDashboard.Domain.ServiceIndex;
using Npgsql;

namespace IocDashboard.Warehouse.Queries;

/// <summary>
/// Petitions (PAKN) received in a period about a scope's units, and how many of them were answered on time, late, or
/// are still open within their limit at the period's end (<see cref="PetitionDeadline"/>).
/// </summary>
public sealed record PetitionTimelinessCounts(long Received, long OnTime, long Late, long Open);

/// <summary>
/// The petitions of a scope against their time limit for an answer. The limit is counted in working days, a rule that
/// lives in Domain, so the query reads each petition's two instants (a few thousand a year for the whole province)
/// and Domain classifies them; the counts of <see cref="FeedbackQueries"/> need no such rule and stay in SQL.
/// </summary>
public sealed class PetitionTimelinessQuery(NpgsqlDataSource dataSource)
{
    public async Task<PetitionTimelinessCounts> CountAsync(
        ReportingPeriod period, DossierScope scope, PetitionDeadline deadline, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DossierScope.UnitsCte + """
            select f.received_at, f.answered_at
            from core.feedback_items f
            where f.received_at >= @start and f.received_at < @end and f.unit_id in (select id from scope_units)
            """);
        scope.AddParameters(command.Parameters);
        command.Parameters.AddWithValue("start", period.Start.ToUniversalTime());
        command.Parameters.AddWithValue("end", period.End.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long received = 0, onTime = 0, late = 0, open = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            received++;
            var receivedAt = reader.GetFieldValue<DateTimeOffset>(0);
            DateTimeOffset? answeredAt = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1);
            switch (deadline.Classify(receivedAt, answeredAt, period))
            {
                case PetitionTimeliness.OnTime:
                    onTime++;
                    break;
                case PetitionTimeliness.Late:
                    late++;
                    break;
                default:
                    open++;
                    break;
            }
        }

        return new PetitionTimelinessCounts(received, onTime, late, open);
    }
}
