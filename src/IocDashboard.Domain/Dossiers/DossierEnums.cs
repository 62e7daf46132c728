namespace IocDashboard.Domain.Dossiers;

/// <summary>How a dossier was submitted. Stored as smallint; the values are part of the warehouse schema.</summary>
public enum Channel : short
{
    Direct = 0,
    Postal = 1,
    Online = 2,
}

/// <summary>The government level whose procedure the dossier follows.</summary>
public enum ProcedureLevel : short
{
    Province = 0,
    District = 1,
    Commune = 2,
}

/// <summary>Online service level of a procedure. Before Decree 42/2022 levels 2–4; level 4 is full-process online.</summary>
public enum OnlineServiceLevel : short
{
    None = 0,
    Partial = 3,
    FullProcess = 4,
}

/// <summary>Life-cycle state of a dossier as the source system reports it.</summary>
public enum DossierStatus : short
{
    Pending = 0,
    Resolved = 1,
    Withdrawn = 2,
    ReturnedForCompletion = 3,
}
