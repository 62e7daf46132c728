using System.Net;
using Microsoft.AspNetCore.Authorization;

namespace IocDashboard.Web.Features.Admin.Authorization;

/// <summary>
/// Until the app has sign-in and roles, an ingestion operator is whoever sits at the server itself: the request
/// comes from a loopback address. Accounts will replace this requirement in <see cref="IngestionOperatorPolicy"/>; the
/// pages and the policy name stay as they are.
/// </summary>
public sealed class LoopbackRequirement : IAuthorizationRequirement;

/// <summary>Succeeds when the connection's remote address is loopback (IPv4, IPv6, or IPv4 mapped to IPv6).</summary>
internal sealed class LoopbackRequirementHandler : AuthorizationHandler<LoopbackRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, LoopbackRequirement requirement)
    {
        if (context.Resource is HttpContext { Connection.RemoteIpAddress: { } address } && IsLoopback(address))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    public static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
