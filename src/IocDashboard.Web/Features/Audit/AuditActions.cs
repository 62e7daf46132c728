namespace IocDashboard.Web.Features.Audit;

/// <summary>The Vietnamese name of each action the audit log records, for /admin/audit; an unknown action shows its code.</summary>
public static class AuditActions
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["account.create"] = "Tạo tài khoản",
        ["account.role"] = "Đổi vai trò tài khoản",
        ["account.disable"] = "Khoá tài khoản",
        ["account.enable"] = "Mở khoá tài khoản",
        ["account.password-reset"] = "Cấp lại mật khẩu",
        ["account.authenticator"] = "Đổi xác thực hai lớp",
        ["token.create"] = "Tạo mã truy cập",
        ["token.revoke"] = "Thu hồi mã truy cập",
        ["source.pause"] = "Tạm dừng đồng bộ nguồn",
        ["source.resume"] = "Cho đồng bộ nguồn chạy tiếp",
        ["source.api-key"] = "Đổi khoá API của nguồn",
        ["job.run"] = "Chạy đồng bộ ngay",
        ["upload.indicators"] = "Tải lên biểu mẫu chỉ tiêu",
        ["report.generate"] = "Lập báo cáo",
    };

    public static string Name(string action) => Names.GetValueOrDefault(action, action);
}
