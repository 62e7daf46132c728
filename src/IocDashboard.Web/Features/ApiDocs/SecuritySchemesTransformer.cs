using IocDashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IocDashboard.Web.Features.ApiDocs;

/// <summary>
/// Declares how a caller proves who it is (an API token as Bearer, or the sign-in cookie) and puts both, as
/// alternatives, on every operation whose policy needs a signed-in caller. Runs after the other transformers: the
/// requirements are added once the schemes are in the document, so their references resolve (a reference to a scheme
/// the document does not hold is written as an empty requirement, which would read as "no sign-in needed").
/// </summary>
internal sealed class SecuritySchemesTransformer : IOpenApiDocumentTransformer
{
    public const string Bearer = "bearer";
    public const string Cookie = "cookie";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "ioc_api_…",
            Description = "Mã API (ioc_api_…) do Quản trị viên cấp tại /admin/tokens: chỉ đọc, mang vai trò của mã.",
        };
        document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = AccountCookies.Name,
            Description = "Cookie đăng nhập của tài khoản, đặt khi đăng nhập tại /account/login.",
        };

        foreach (var operation in document.Paths.Values.SelectMany(path => (IEnumerable<OpenApiOperation>?)path.Operations?.Values ?? []))
        {
            if (OperationPolicy.Read(operation) is { } policy && EndpointPolicy.RequiresSignIn(policy))
            {
                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, document)] = [] },
                ];
            }
        }

        return Task.CompletedTask;
    }
}
