using Npgsql;

namespace IocDashboard.Web.Features.Shared;

/// <summary>Tells "the database is away for now" (wait and retry, keep the last data) from a bug.</summary>
internal static class DatabaseFailures
{
    /// <summary>
    /// Npgsql errors (PostgresException included: 57P01 terminated, 57P03 starting up, 55000 not accepting
    /// connections…), I/O errors and timeouts, also when wrapped: EF Core's default execution strategy rethrows a
    /// transient NpgsqlException inside an InvalidOperationException, which the wall must survive as well.
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException or IOException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
