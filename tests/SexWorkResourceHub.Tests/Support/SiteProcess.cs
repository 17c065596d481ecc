using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>
/// The built site binary run as its own process, as an operator or editor runs it: for start-up
/// failures, commands and the log, which only show at the process boundary (exit code, stdout, stderr).
/// </summary>
public static class SiteProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static async Task<Result> RunAsync(
        IEnumerable<string> args,
        IDictionary<string, string> environment,
        string? standardInput = null,
        TimeSpan? timeout = null)
    {
        using var process = Process.Start(StartInfo(args, environment))!;
        var output = new StringBuilder();
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (errors) { errors.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The site process did not exit. Output so far:\n{output}\n{errors}");
        }

        return new Result(process.ExitCode, output.ToString(), errors.ToString());
    }

    /// <summary>
    /// The site serving on 127.0.0.1 at a port of its choosing, until disposed; its standard output is
    /// kept line by line. Ready once it has said where it listens.
    /// </summary>
    public static async Task<Running> StartAsync(IDictionary<string, string> environment, TimeSpan? timeout = null)
    {
        var running = new Running(Process.Start(StartInfo(["--urls", "http://127.0.0.1:0"], environment))!);
        var listening = await running.WaitForLineAsync(l => l.Contains("Now listening on", StringComparison.Ordinal), timeout ?? TimeSpan.FromSeconds(60));
        running.Address = new Uri(Regex.Match(listening, @"http://127\.0\.0\.1:\d+").Value);
        return running;
    }

    public sealed class Running : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _output = [];
        private readonly StringBuilder _errors = new();

        internal Running(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (_output)
                    {
                        _output.Add(e.Data);
                    }
                }
            };
            _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (_errors) { _errors.AppendLine(e.Data); } } };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            _process.StandardInput.Close();
        }

        public Uri Address { get; internal set; } = null!;

        /// <summary>Standard output so far, one entry a line.</summary>
        public IReadOnlyList<string> Output
        {
            get
            {
                lock (_output)
                {
                    return [.. _output];
                }
            }
        }

        public string Errors
        {
            get
            {
                lock (_errors)
                {
                    return _errors.ToString();
                }
            }
        }

        /// <summary>The first line of standard output that matches, waiting for it to be written.</summary>
        public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                var exited = _process.HasExited;
                if (Output.FirstOrDefault(match) is { } line)
                {
                    return line;
                }

                if (exited || DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"No such line from the site. Output so far:\n{string.Join('\n', Output)}\n{Errors}");
                }

                await Task.Delay(20);
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> args, IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SexWorkResourceHub.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["PWD"] = AppContext.BaseDirectory;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
