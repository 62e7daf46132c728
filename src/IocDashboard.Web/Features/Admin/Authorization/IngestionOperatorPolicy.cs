using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace IocDashboard.Web.Features.Admin.Authorization;

/// <summary>The one policy in front of the whole admin area (pages and endpoints alike).</summary>
public static class IngestionOperatorPolicy
{
    public const string Name = "IngestionOperator";

    public static IServiceCollection AddIngestionOperatorPolicy(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Name, policy => policy.AddRequirements(new LoopbackRequirement()));
        services.AddSingleton<IAuthorizationHandler, LoopbackRequirementHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForbidWithoutSchemeResultHandler>();
        return services;
    }
}
