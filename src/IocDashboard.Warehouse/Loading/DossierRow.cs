using IocDashboard.Domain.Dossiers;
using Npgsql;
using NpgsqlTypes;

namespace IocDashboard.Warehouse.Loading;

/// <summary>A dossier as core.dossiers stores it: its id in its source system and the ids of its dimensions.</summary>
public sealed record DossierRow(
    string ExternalId,
    int UnitId,
    int ProcedureId,
    short FieldId,
    ProcedureLevel Level,
    Channel Channel,
    OnlineServiceLevel OnlineLevel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ResolvedAt,
    DossierStatus Status)
{
    /// <summary>The columns <see cref="WriteTo"/> fills, in its order.</summary>
    internal const string Columns =
        "external_id, unit_id, procedure_id, field_id, level, channel, online_level, received_at, due_at, resolved_at, status";

    /// <summary>The row's <see cref="Columns"/> into a binary COPY: the one place that turns a dossier into columns.</summary>
    internal void WriteTo(NpgsqlBinaryImporter w)
    {
        w.Write(ExternalId, NpgsqlDbType.Text);
        w.Write(UnitId, NpgsqlDbType.Integer);
        w.Write(ProcedureId, NpgsqlDbType.Integer);
        w.Write(FieldId, NpgsqlDbType.Smallint);
        w.Write((short)Level, NpgsqlDbType.Smallint);
        w.Write((short)Channel, NpgsqlDbType.Smallint);
        w.Write((short)OnlineLevel, NpgsqlDbType.Smallint);
        w.Write(ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        w.Write(DueAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        w.WriteNullable(ResolvedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        w.Write((short)Status, NpgsqlDbType.Smallint);
    }
}
