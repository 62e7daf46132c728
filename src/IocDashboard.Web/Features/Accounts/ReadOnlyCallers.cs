using IocDashboard.Web.Features.Tokens;
using Microsoft.AspNetCore.Authorization;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// Tokens read, never change: a caller marked read-only (every API and kiosk token, <see cref="TokenClaims.IsReadOnly"/>)
/// is refused any request but GET, HEAD and OPTIONS, whatever its role. Part of every role policy, so that a POST
/// behind a role is a person's.
/// </summary>
public sealed class ReadOnlyCallersOnlyRead : IAuthorizationRequirement
{
    public static ReadOnlyCallersOnlyRead Requirement { get; } = new();
}

internal sealed class ReadOnlyCallersOnlyReadHandler : AuthorizationHandler<ReadOnlyCallersOnlyRead>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadOnlyCallersOnlyRead requirement)
    {
        var method = context.Resource is HttpContext http ? http.Request.Method : HttpMethods.Get;
        var reads = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        if (reads || !TokenClaims.IsReadOnly(context.User))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, "A token may only read."));
        }

        return Task.CompletedTask;
    }
}
