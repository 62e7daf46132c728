using Serilog;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace IocDashboard.Hosting;

public static class FileLogging
{
    private const string Template = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// With Logging:File:Path set, every log entry the filters let through also goes to that file (Serilog's file
    /// sink), so that an operator's terminal can be limited to warnings (Logging:Console:LogLevel:Default) and
    /// lose nothing.
    /// </summary>
    public static WebApplicationBuilder AddFileLogging(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["Logging:File:Path"] is { Length: > 0 } path)
        {
            var file = new LoggerConfiguration().MinimumLevel.Verbose()
                .WriteTo.File(path, outputTemplate: Template, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
                .CreateLogger();
            builder.Logging.AddSerilog(file, dispose: true);
        }

        return builder;
    }
}
