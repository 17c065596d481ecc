using System.Diagnostics;
using System.Text.Json;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>
/// The W3C Nu HTML checker (vnu.jar, which test.sh fetches into .tools/; VNU_JAR points elsewhere),
/// run once over a set of pages. A broken control page goes in with them to prove the checker ran.
/// </summary>
public static class HtmlChecker
{
    private const string Control = "(control page with errors)";

    private static string Jar => Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } given
        ? given
        : Path.Combine(Path.GetDirectoryName(SiteServer.FindRepositoryFolder("src"))!, ".tools", "vnu.jar");

    /// <summary>Every error in the pages (name to HTML), as "page line N: message".</summary>
    public static async Task<List<string>> ErrorsAsync(IReadOnlyDictionary<string, string> pages)
    {
        Assert.True(File.Exists(Jar), $"The Nu HTML checker is not at {Jar}: run ./test.sh once, or set VNU_JAR.");
        var folder = Directory.CreateTempSubdirectory("swrh-vnu").FullName;
        try
        {
            var names = new Dictionary<string, string>();
            foreach (var (name, html) in pages.Append(new(Control, "<!DOCTYPE html><html lang=en><title>control</title><p><div>unclosed</p></span>")))
            {
                var file = $"page{names.Count:D3}.html";
                await File.WriteAllTextAsync(Path.Combine(folder, file), html);
                names[file] = name;
            }

            var errors = (await RunAsync(names.Keys.Select(file => Path.Combine(folder, file))))
                .Select(e => (Page: names.GetValueOrDefault(Path.GetFileName(e.File), e.File), e.Line, e.Message))
                .ToList();
            Assert.True(errors.Any(e => e.Page == Control), "the checker found nothing wrong with a broken page: it did not run");
            return [.. errors.Where(e => e.Page != Control).Select(e => $"{e.Page} line {e.Line}: {e.Message}")];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<(string File, int Line, string Message)>> RunAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-Xss4m", "-jar", Jar, "--errors-only", "--format", "json", "--stdout" }.Concat(files))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var json = await output;
        Assert.True(json.TrimStart().StartsWith('{'), $"the checker did not answer in JSON (exit {process.ExitCode}):\n{json}\n{await errors}");

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => (
                m.TryGetProperty("url", out var url) ? url.GetString()! : "?",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!))];
    }
}
