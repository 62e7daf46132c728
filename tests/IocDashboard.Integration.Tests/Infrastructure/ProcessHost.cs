using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IocDashboard.Integration.Tests.Infrastructure;

/// <summary>
/// One of the solution's programs started as a real process on a free loopback port: the source simulator,
/// or the web host when a test must SIGKILL it. Output is kept for the failure message.
/// </summary>
public sealed class ProcessHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ProcessHost(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts `dotnet PROJECT.dll ARGS` from the project's build output of the test's own configuration.</summary>
    public static async Task<ProcessHost> StartAsync(
        string project, IReadOnlyDictionary<string, string> environment, string healthPath = "/health", int? port = null, params string[] args)
    {
        port ??= FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = DotnetStart(project, environment, [.. args, "--urls", baseAddress.ToString().TrimEnd('/')]);

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {project}");
        var host = new ProcessHost(process, baseAddress);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitForAsync(healthPath, TimeSpan.FromSeconds(90));
        return host;
    }

    /// <summary>
    /// Runs `dotnet PROJECT.dll ARGS` to its end, as an operator runs a one-shot verb: its exit code, standard output and
    /// standard error. Killed (and the test failed) when it outlasts <paramref name="timeout"/>.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string project, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        var start = DotnetStart(project, environment, args);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {project}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{project} {string.Join(' ', args)} still ran after {timeout}:\n{await output}\n{await error}");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — a crash.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitForAsync(string healthPath, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"process exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(healthPath, UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"no 200 from {healthPath} within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>The project's dll in the build output of the same configuration as this test assembly.</summary>
    /// <summary>`dotnet PROJECT.dll ARGS` from the build output's folder, its output redirected, with the environment given.</summary>
    private static ProcessStartInfo DotnetStart(string project, IReadOnlyDictionary<string, string> environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Dll(project))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll(project));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static string Dll(string project)
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory); // tests/X/bin/<Configuration>/net10.0/
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "IocDashboard.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("repository root not found"),
            "src", project, "bin", configuration, "net10.0", project + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"build {project} first ({configuration})", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
