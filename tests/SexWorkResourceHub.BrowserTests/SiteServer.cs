using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>
/// The real site as it ships: the published app (with its compressed, fingerprinted static assets),
/// started as its own process, in Production, over HTTPS with a certificate made for this run, serving
/// the repository's own content. test.sh hands over its publish folder in SITE_PUBLISH_DIR; run alone,
/// the fixture publishes once itself.
/// </summary>
/// <param name="settings">Settings for the site's environment on top of this run's (a shared PostgreSQL database, say).</param>
/// <param name="addEditor">Whether to add the run's editor first; a second instance on the same database finds it there.</param>
/// <param name="contentBesideApp">
/// Lay the site out as the image does: a copy of the published folder with the content in its content/
/// folder, and no Content:Path, so the site finds its content on its own defaults.
/// </param>
public sealed class SiteServer(IReadOnlyDictionary<string, string>? settings = null, bool addEditor = true, bool contentBesideApp = false) : IAsyncLifetime
{
    public const string QuickExitUrl = "https://weather.example/";
    public const string EditorEmail = "editor@example.org";
    public const string EditorPassword = "a long test passphrase for the browser";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "swrh-browser", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _log = new();
    private Process? _process;
    private string _published = string.Empty;
    private string _certificate = string.Empty;

    public string BaseUrl { get; private set; } = string.Empty;

    public Uri Address => new(BaseUrl);

    /// <summary>The site's process, for what only the operating system can tell (its resident memory).</summary>
    public int ProcessId => _process?.Id ?? 0;

    /// <summary>The SQLite file the site is given (it creates it on first start).</summary>
    public string DatabaseFile => Path.Combine(_root, "data", "hub.db");

    /// <summary>The repository's content folder: the site is tested with what it ships.</summary>
    public static string RepositoryContent { get; } = FindRepositoryFolder("content");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var port = FreePort();
        BaseUrl = $"https://127.0.0.1:{port}";
        _certificate = Path.Combine(_root, "localhost.pfx");
        await File.WriteAllBytesAsync(_certificate, SelfSignedCertificate());

        _published = await PublishedSiteAsync();
        if (contentBesideApp)
        {
            var app = Path.Combine(_root, "app");
            CopyFolder(_published, app);
            CopyFolder(RepositoryContent, Path.Combine(app, "content"));
            _published = app;
        }

        if (addEditor)
        {
            var added = await RunCommandAsync($"{EditorPassword}\n{EditorPassword}\n", "editors", "add", EditorEmail);
            if (added.ExitCode != 0)
            {
                throw new InvalidOperationException($"editors add failed:\n{added.Output}\n{added.Errors}");
            }
        }

        var start = SiteProcess();
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Log(e.Data);
        _process.ErrorDataReceived += (_, e) => Log(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = CreateHttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The site exited with code {_process.ExitCode}:\n{_log}");
            }

            try
            {
                if ((await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The site did not become ready:\n{_log}");
    }

    /// <summary>The published site, set up for this run; with arguments, one of its commands.</summary>
    private ProcessStartInfo SiteProcess(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _published,
            RedirectStandardInput = arguments.Length > 0,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(_published, "SexWorkResourceHub.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = BaseUrl;
        start.Environment["Kestrel__Certificates__Default__Path"] = _certificate;
        start.Environment["Kestrel__Certificates__Default__Password"] = string.Empty;
        if (!contentBesideApp)
        {
            start.Environment["Content__Path"] = RepositoryContent;
        }

        start.Environment["ConnectionStrings__Hub"] = $"Data Source={DatabaseFile}";
        start.Environment["Site__BaseUrl"] = BaseUrl;
        start.Environment["Site__QuickExitUrl"] = QuickExitUrl;
        start.Environment["RateLimits__SuggestPermits"] = "1000";
        start.Environment["RateLimits__SearchPermits"] = "1000";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>
    /// One of the site's commands (editors, backup ...), run the way operators run it: the published binary in
    /// its folder, with this site's settings, <paramref name="input"/> on its standard input.
    /// </summary>
    public async Task<(int ExitCode, string Output, string Errors)> RunCommandAsync(string input, params string[] arguments)
    {
        using var command = Process.Start(SiteProcess(arguments))!;
        await command.StandardInput.WriteAsync(input);
        command.StandardInput.Close();
        var output = command.StandardOutput.ReadToEndAsync();
        var errors = command.StandardError.ReadToEndAsync();
        await command.WaitForExitAsync();
        return (command.ExitCode, await output, await errors);
    }

    /// <summary>An HTTP client for the site that accepts this run's certificate.</summary>
    public HttpClient CreateHttpClient() => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        AllowAutoRedirect = false,
        UseCookies = false,
    })
    {
        BaseAddress = Address,
    };

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<string> PublishedSiteAsync()
    {
        if (Environment.GetEnvironmentVariable("SITE_PUBLISH_DIR") is { Length: > 0 } given && File.Exists(Path.Combine(given, "SexWorkResourceHub.Web.dll")))
        {
            return given;
        }

        var output = Path.Combine(_root, "publish");
        var publish = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "publish", Path.Combine(FindRepositoryFolder("src"), "SexWorkResourceHub.Web"), "-c", "Release", "--use-current-runtime", "--self-contained", "false", "-o", output, "-nologo", "-v", "quiet" })
        {
            publish.ArgumentList.Add(arg);
        }

        using var process = Process.Start(publish)!;
        var errors = process.StandardError.ReadToEndAsync();
        var outputText = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{await outputText}\n{await errors}");
        }

        return output;
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static byte[] SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return certificate.Export(X509ContentType.Pfx, string.Empty);
    }

    /// <summary>Copies a folder with everything in it (the published app, a content folder).</summary>
    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    internal static string FindRepositoryFolder(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, name);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(folder.FullName, "SexWorkResourceHub.sln")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No {name}/ folder found above {AppContext.BaseDirectory}");
    }
}
