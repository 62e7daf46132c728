using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace IocDashboard.SourceSimulator.Hosting;

/// <summary>
/// Every request but GET /health must carry X-Api-Key, as the real department systems demand; 401 with problem
/// details otherwise. The comparison takes the same time whatever the key, so the key cannot be guessed by timing.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, IOptions<SimulatorOptions> options)
{
    public const string Header = "X-Api-Key";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes(options.Value.ApiKey);

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (IsHealth(context.Request) || Matches(context.Request.Headers[Header].ToString()))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Missing or wrong API key.",
                Detail = $"Send the source's key in the {Header} header.",
            },
        });
    }

    private static bool IsHealth(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Path.Equals("/health", StringComparison.OrdinalIgnoreCase);

    private bool Matches(string presented) =>
        presented.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _expected);
}
