namespace IocDashboard.Web.Features.Accounts;

/// <summary>A role as the pages show it: its name in auth.roles and its Vietnamese label.</summary>
public sealed record RoleInfo(string Name, string Label);

/// <summary>
/// The three roles, created by migration 0015 (auth.roles). An account holds exactly one. Each role may do what the
/// one before it may (<see cref="AccessPolicies"/> says so): Leader sees the meeting view and the reports, Analyst also
/// uploads and works the quarantine, Admin also runs jobs, sources, accounts and wall screens.
/// </summary>
public static class Roles
{
    public const string Leader = "Leader";
    public const string Analyst = "Analyst";
    public const string Admin = "Admin";

    /// <summary>From the least to the most allowed, as the pages list them.</summary>
    public static IReadOnlyList<RoleInfo> All { get; } =
    [
        new(Leader, "Lãnh đạo"),
        new(Analyst, "Chuyên viên phân tích"),
        new(Admin, "Quản trị viên"),
    ];

    public static bool Exists(string? name) => All.Any(r => r.Name == name);

    /// <summary>The Vietnamese label of a role ("Quản trị viên"), or "—" for an account without one.</summary>
    public static string Label(string? name) => All.FirstOrDefault(r => r.Name == name)?.Label ?? "—";
}
