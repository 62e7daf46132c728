using Npgsql;

namespace IocDashboard.Web.Features.Tokens;

/// <summary>
/// The host's token verbs: `create-api-token NAME --role Leader|Analyst|Admin` and `create-kiosk-token SCREEN [--name
/// NAME]` print the new token once (and the kiosk link), for an operator at the server before anyone can sign in.
/// A bad name, role or screen exits with 2 and the reason; the audit log names the operator as "cli:USER".
/// </summary>
internal sealed class TokenCommands(TokenIssuer issuer)
{
    public const string CreateApiToken = "create-api-token";
    public const string CreateKioskToken = "create-kiosk-token";

    public const string Usage = $"{CreateApiToken} NAME --role Leader|Analyst|Admin, {CreateKioskToken} SCREEN [--name NAME]";

    public async Task<int> RunAsync(string verb, IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        var (positional, options) = Parse(args);
        var known = verb == CreateApiToken ? new[] { "--role" } : ["--name"];
        if (positional.Count != 1 || options is null || options.Keys.Any(k => !known.Contains(k)))
        {
            await errors.WriteLineAsync($"usage: {(verb == CreateApiToken ? $"{CreateApiToken} NAME --role Leader|Analyst|Admin" : $"{CreateKioskToken} SCREEN [--name NAME]")}");
            return 2;
        }

        var actor = $"cli:{Environment.UserName}";
        try
        {
            var issue = verb == CreateApiToken
                ? await issuer.CreateApiTokenAsync(positional[0], options.GetValueOrDefault("--role"), actor, null, ct)
                : await issuer.CreateKioskTokenAsync(positional[0], options.GetValueOrDefault("--name"), actor, null, ct);
            if (issue.Created is not { } created)
            {
                await errors.WriteLineAsync($"{verb}: {Reason(issue.Refusal, positional[0], options)}");
                return 2;
            }

            var token = created.Token;
            if (token.Kind == TokenKind.Api)
            {
                await output.WriteLineAsync($"API token {token.PrincipalName} ({token.Role}), shown once:");
                await output.WriteLineAsync(created.Plaintext);
            }
            else
            {
                await output.WriteLineAsync($"kiosk token {token.PrincipalName}, shown once:");
                await output.WriteLineAsync(created.Plaintext);
                await output.WriteLineAsync($"link: {KioskLink(token.Screen!, created.Plaintext)}");
            }

            return 0;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            await errors.WriteLineAsync($"{verb}: the warehouse has no token tables yet ({e.MessageText}); run `migrate` first");
            return 1;
        }
    }

    /// <summary>The kiosk link of a token, relative to the app's address: opening it once sets the wall's cookie.</summary>
    public static string KioskLink(string screen, string token) => $"/wall?screen={Uri.EscapeDataString(screen)}&token={Uri.EscapeDataString(token)}";

    private string Reason(TokenRefusal refusal, string subject, Dictionary<string, string> options) => refusal switch
    {
        TokenRefusal.UnknownRole => (options.GetValueOrDefault("--role") is { } role ? $"unknown role '{role}'" : "no role") + "; use --role Leader, Analyst or Admin",
        TokenRefusal.UnknownScreen => $"unknown screen '{subject}'; Wall:Screens has {string.Join(", ", issuer.Screens)}",
        TokenRefusal.BadName => $"'{options.GetValueOrDefault("--name") ?? subject}' is not a token name: letters, digits, '.', '_' and '-', at most 64, starting with a letter or digit",
        TokenRefusal.NameTaken => $"a live token named '{options.GetValueOrDefault("--name") ?? subject}' already exists; revoke it first or choose another name",
        _ => refusal.ToString(),
    };

    /// <summary>Positional arguments and "--option value" pairs; options null when an option has no value.</summary>
    private static (List<string> Positional, Dictionary<string, string>? Options) Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i]] = args[++i];
            }
            else
            {
                return (positional, null);
            }
        }

        return (positional, options);
    }
}
