namespace IocDashboard.Web.Features.Audit;

/// <summary>The audit log of what administrators and analysts change (<see cref="AuditTrail"/>).</summary>
internal static class AuditServices
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services.AddSingleton<AuditTrail>();
}
