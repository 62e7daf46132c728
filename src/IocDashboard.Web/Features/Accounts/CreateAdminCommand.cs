using Npgsql;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>
/// `create-admin NAME [--reset]`: the way to the first Admin, and back in when every Admin is locked out. Creates an
/// Admin with a one-time password (to be changed at the first sign-in) and prints it; an existing NAME is refused,
/// unless --reset, which gives that Admin a new one-time password and enables it. There is no default password.
/// </summary>
public sealed class CreateAdminCommand(AccountAdministration accounts)
{
    public const string Verb = "create-admin";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        var names = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var reset = args.Contains("--reset");
        if (names.Count != 1 || args.Any(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--reset"))
        {
            await errors.WriteLineAsync($"usage: {Verb} NAME [--reset]");
            return 2;
        }

        var name = names[0];
        var actor = new AuditActor($"cli:{Environment.UserName}", null);
        try
        {
            var change = await accounts.FindByNameAsync(name) switch
            {
                null => await accounts.CreateAsync(actor, name, name, Roles.Admin, ct),
                { } existing when !reset => new AccountChange(false, $"account {existing.UserName} already exists; `{Verb} {existing.UserName} --reset` gives it a new one-time password"),
                { } existing => await ResetAsync(actor, existing, ct),
            };
            if (!change.Succeeded)
            {
                await errors.WriteLineAsync($"{Verb}: {change.Message}");
                return 1;
            }

            await output.WriteLineAsync($"admin {name} one-time password: {change.OneTimePassword}");
            return 0;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            await errors.WriteLineAsync($"{Verb}: the warehouse has no accounts yet ({e.MessageText}); run `migrate` first");
            return 1;
        }
    }

    private async Task<AccountChange> ResetAsync(AuditActor actor, Account account, CancellationToken ct)
    {
        if (!await accounts.IsAdminAsync(account))
        {
            return new(false, $"account {account.UserName} is not an Admin; --reset only gives an Admin a new password");
        }

        var enabled = await accounts.SetDisabledAsync(actor, account.Id, false, ct);
        return enabled.Succeeded ? await accounts.ResetPasswordAsync(actor, account.Id, ct) : enabled;
    }
}
