using Microsoft.AspNetCore.Identity;

namespace IocDashboard.Web.Features.Accounts;

/// <summary>Identity's errors in Vietnamese, for those this app can meet (the character-class rules are off).</summary>
public sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Đã có lỗi, hãy thử lại.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Tài khoản vừa được người khác thay đổi; hãy tải lại trang và thử lại.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mật khẩu hiện tại không đúng.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Mã không hợp lệ hoặc đã hết hạn.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Tên đăng nhập '{userName}' đã có người dùng.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"Tên đăng nhập '{userName}' không hợp lệ: chỉ dùng chữ cái không dấu, chữ số và các ký tự - . _ @ +.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), $"Tài khoản đã có vai trò {Roles.Label(role)}.");

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), $"Tài khoản không có vai trò {Roles.Label(role)}.");

    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), "Tài khoản này không áp dụng tạm khoá.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
