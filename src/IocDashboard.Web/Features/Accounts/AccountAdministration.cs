using IocDashboard.Web.Features.Admin;
using IocDashboard.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>An account as /admin/accounts lists it.</summary>
public sealed record AccountRow(
    string Id, string UserName, string DisplayName, string? Role, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt,
    DateTimeOffset? LockedUntil, int FailedAttempts, bool Authenticator, bool MustChangePassword);

/// <summary>The outcome of a change: a Vietnamese message, and the one-time password when one was made (shown once, stored nowhere).</summary>
public sealed record AccountChange(bool Succeeded, string Message, string? OneTimePassword = null);

/// <summary>Who makes a change, for the audit log: the signed-in user from a request, or the command line.</summary>
public sealed record AuditActor(string Name, string? RemoteAddress)
{
    public static AuditActor From(HttpContext context) => new(AdminConsole.Operator(context), context.Connection.RemoteIpAddress?.ToString());
}

/// <summary>
/// What an administrator does to accounts (/admin/accounts, the create-admin command): create with a role and a
/// one-time password, change the role, disable and enable, reset the password. Every change goes to the audit log
/// (<see cref="AuditTrail"/>) with the state before and after, never a password or key.
/// </summary>
public sealed class AccountAdministration(UserManager<Account> users, AccountsDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountRow>> ListAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.CreatedAt, u.DisabledAt, u.LockoutEnd, u.AccessFailedCount, u.TwoFactorEnabled, u.MustChangePassword,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(u => new AccountRow(
            u.Id, u.UserName ?? "", u.DisplayName, u.Role, u.CreatedAt, u.DisabledAt,
            u.LockoutEnd > now ? u.LockoutEnd : null, u.AccessFailedCount, u.TwoFactorEnabled, u.MustChangePassword)).ToList();
    }

    public Task<Account?> FindByNameAsync(string userName) => users.FindByNameAsync(userName);

    public Task<bool> IsAdminAsync(Account account) => users.IsInRoleAsync(account, Roles.Admin);

    public async Task<AccountChange> CreateAsync(AuditActor actor, string userName, string displayName, string role, CancellationToken ct)
    {
        userName = userName.Trim();
        displayName = displayName.Trim();
        if (!Roles.Exists(role))
        {
            return new(false, "Hãy chọn một vai trò.");
        }

        var account = new Account
        {
            UserName = userName,
            DisplayName = displayName.Length > 0 ? displayName : userName,
            MustChangePassword = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var password = OneTimePassword.New();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // The account and its role together, or neither: an account without a role would be a stray.
            if (await users.CreateAsync(account, password) is { Succeeded: false } created)
            {
                return Failed(created);
            }

            if (await users.AddToRoleAsync(account, role) is { Succeeded: false } added)
            {
                return Failed(added);
            }

            await transaction.CommitAsync(ct);
        }

        await RecordAsync(actor, "account.create", account, null, new { userName, displayName = account.DisplayName, role, mustChangePassword = true }, ct);
        return new(true, $"Đã tạo tài khoản {userName} ({Roles.Label(role)}).", password);
    }

    public async Task<AccountChange> ChangeRoleAsync(AuditActor actor, string id, string role, CancellationToken ct)
    {
        if (!Roles.Exists(role))
        {
            return new(false, "Hãy chọn một vai trò.");
        }

        if (await FindAsync(id) is not { } account)
        {
            return NotFound;
        }

        if (IsSelf(actor, account))
        {
            return new(false, "Không thể tự đổi vai trò của chính mình.");
        }

        var current = await users.GetRolesAsync(account);
        if (current.SequenceEqual([role]))
        {
            return new(true, $"{account.UserName} đã có vai trò {Roles.Label(role)}.");
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (await users.RemoveFromRolesAsync(account, current) is { Succeeded: false } removed)
            {
                return Failed(removed);
            }

            if (await users.AddToRoleAsync(account, role) is { Succeeded: false } added)
            {
                return Failed(added);
            }

            await transaction.CommitAsync(ct);
        }

        await RecordAsync(actor, "account.role", account, new { role = current.FirstOrDefault() }, new { role }, ct);
        return new(true, $"Đã đổi vai trò của {account.UserName} thành {Roles.Label(role)}.");
    }

    public async Task<AccountChange> SetDisabledAsync(AuditActor actor, string id, bool disabled, CancellationToken ct)
    {
        if (await FindAsync(id) is not { } account)
        {
            return NotFound;
        }

        if (disabled && IsSelf(actor, account))
        {
            return new(false, "Không thể tự vô hiệu hoá tài khoản của chính mình.");
        }

        if ((account.DisabledAt is not null) == disabled)
        {
            return new(true, disabled ? $"{account.UserName} đã bị vô hiệu hoá từ trước." : $"{account.UserName} đang hoạt động.");
        }

        account.DisabledAt = disabled ? clock.GetUtcNow() : null;
        if (await users.UpdateAsync(account) is { Succeeded: false } updated)
        {
            return Failed(updated);
        }

        if (disabled)
        {
            // Sessions already open end at their next security-stamp check (AccountCookies: within a minute).
            await users.UpdateSecurityStampAsync(account);
        }

        await RecordAsync(actor, disabled ? "account.disable" : "account.enable", account, new { disabled = !disabled }, new { disabled }, ct);
        return new(true, disabled ? $"Đã vô hiệu hoá {account.UserName}." : $"Đã cho {account.UserName} hoạt động trở lại.");
    }

    /// <summary>
    /// A new one-time password, to be changed at the next sign-in; the lockout is lifted (an administrator who resets
    /// a locked-out account means it to sign in) and the sessions open end (Identity renews the security stamp).
    /// </summary>
    public async Task<AccountChange> ResetPasswordAsync(AuditActor actor, string id, CancellationToken ct)
    {
        if (await FindAsync(id) is not { } account)
        {
            return NotFound;
        }

        var before = new { mustChangePassword = account.MustChangePassword, lockedUntil = LockedUntil(account) };
        var password = OneTimePassword.New();
        account.MustChangePassword = true;
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;

        // One update: the reset saves the account with the fields above.
        var token = await users.GeneratePasswordResetTokenAsync(account);
        if (await users.ResetPasswordAsync(account, token, password) is { Succeeded: false } reset)
        {
            return Failed(reset);
        }

        await RecordAsync(actor, "account.password-reset", account, before, new { mustChangePassword = true, lockedUntil = (DateTimeOffset?)null }, ct);
        return new(true, $"Đã đặt lại mật khẩu của {account.UserName}.", password);
    }

    private static readonly AccountChange NotFound = new(false, "Không tìm thấy tài khoản.");

    private Task<Account?> FindAsync(string id) => users.FindByIdAsync(id);

    private static bool IsSelf(AuditActor actor, Account account) =>
        string.Equals(actor.Name, account.UserName, StringComparison.OrdinalIgnoreCase);

    private DateTimeOffset? LockedUntil(Account account) => account.LockoutEnd > clock.GetUtcNow() ? account.LockoutEnd : null;

    private static AccountChange Failed(IdentityResult result) =>
        new(false, string.Join(" ", result.Errors.Select(e => e.Description)));

    private Task RecordAsync(AuditActor actor, string action, Account account, object? before, object? after, CancellationToken ct) =>
        audit.RecordAsync(actor.Name, action, $"account:{account.UserName}", before, after, actor.RemoteAddress, ct);
}
