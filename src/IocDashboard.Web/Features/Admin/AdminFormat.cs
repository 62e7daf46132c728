using System.Globalization;
using IocDashboard.Domain.Formatting;
using IocDashboard.Domain.Periods;

namespace IocDashboard.Web.Features.Admin;

/// <summary>How the operator pages write times and amounts: Vietnamese formats, local time in Asia/Ho_Chi_Minh.</summary>
public static class AdminFormat
{
    public const string None = "—";

    /// <summary>An instant as local time in Vietnam: 2024-10-31T01:02:03Z → "31/10/2024 08:02:03".</summary>
    public static string Time(DateTimeOffset? instant) =>
        instant is { } at ? at.ToOffset(ReportingPeriod.VietnamOffset).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture) : None;

    /// <summary>An instant as local time in Vietnam to the minute: 2024-10-31T01:02:03Z → "31/10/2024 08:02".</summary>
    public static string Minute(DateTimeOffset? instant) =>
        instant is { } at ? at.ToOffset(ReportingPeriod.VietnamOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : None;

    /// <summary>A file's size: "850 byte", "12,3 KB", "1,25 MB" (1 KB = 1.024 byte).</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => VietnameseFormat.Count(bytes) + " byte",
        < 1024 * 1024 => VietnameseFormat.Number(Math.Round(bytes / 1024m, 1)) + " KB",
        _ => VietnameseFormat.Number(Math.Round(bytes / (1024m * 1024m), 2)) + " MB",
    };

    /// <summary>A run's length: "0,42 giây", "3 phút 05 giây", "2 giờ 01 phút".</summary>
    public static string Duration(TimeSpan? duration)
    {
        if (duration is not { } d)
        {
            return None;
        }

        if (d < TimeSpan.FromMinutes(1))
        {
            return VietnameseFormat.Number(Math.Round((decimal)d.TotalSeconds, 2)) + " giây";
        }

        return d < TimeSpan.FromHours(1)
            ? $"{(int)d.TotalMinutes} phút {d.Seconds:00} giây"
            : $"{(int)d.TotalHours} giờ {d.Minutes:00} phút";
    }

    /// <summary>Minutes as "12,5 phút".</summary>
    public static string Minutes(double? minutes) =>
        minutes is { } m ? VietnameseFormat.Number(Math.Round((decimal)m, 1)) + " phút" : None;

    public static string Count(long? value) => value is { } v ? VietnameseFormat.Count(v) : None;
}
