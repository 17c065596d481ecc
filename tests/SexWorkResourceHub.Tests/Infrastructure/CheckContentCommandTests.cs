using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Infrastructure.Cli;

namespace SexWorkResourceHub.Tests.Infrastructure;

public sealed class CheckContentCommandTests : IDisposable
{
    private readonly HubFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CommandLine.RunAsync(_factory.Services, ["check-content", .. args], output, errors);
        return (code, output + errors.ToString());
    }

    [Fact]
    public async Task Clean_content_passes_with_exit_code_0()
    {
        var (code, output) = await RunAsync(_factory.ContentPath);

        Assert.Equal(0, code);
        Assert.Contains("4 articles, 3 pages, 4 resources, 7 events, 0 problems", output);
    }

    [Fact]
    public async Task Each_problem_is_printed_as_file_line_message_and_exits_1()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("bad"), """
            ---
            title: "Bad"
            summary: "Has problems."
            published: 2024-01-01
            colour: blue
            ---

            See [missing](/articles/missing), [anchor](/glossary#no-such-term) and ![](/img/chart.png).
            Also ![chart](https://cdn.example/chart.png) and [relative](other-article).
            """);

        var (code, output) = await RunAsync(_factory.ContentPath);

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var file = Path.Combine(_factory.ContentPath, "articles", "bad.md");
        Assert.Contains(lines, l => l.StartsWith(file + ":5: unknown front matter key 'colour'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(file + ":8: link '/articles/missing'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(file + ":8: link '/glossary#no-such-term'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(file + ":8: image '/img/chart.png' has no alt text", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(file + ":9: image 'https://cdn.example/chart.png' is on another site", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(file + ":9: link 'other-article' is relative", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_folder_is_a_usage_error()
    {
        var (code, output) = await RunAsync("/no/such/folder");

        Assert.Equal(2, code);
        Assert.Contains("no folder", output);
    }

    [Fact]
    public async Task Seed_ProblemsWithTheDirectoryRules_ArePrintedAtTheirLinesAgainstTodayFromTheClock()
    {
        using var factory = new HubFactory { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(FixedTimeProvider.At("2026-12-01T12:00:00Z")) };
        var path = Path.Combine(factory.ContentPath, "data", "resources.yaml");
        await File.WriteAllTextAsync(path, """
            resources:
              - slug: vanity-line
                name: Vanity line
                kind: hotline
                description: A number spelt in letters.
                region: national
                phone: 1-800-799-SAFE
                languages: [en, xx]
                last_verified: 2026-12-02
            """);
        using var output = new StringWriter();

        var code = await CommandLine.RunAsync(factory.Services, ["check-content", factory.ContentPath], output, TextWriter.Null);

        Assert.Equal(1, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith(path + ":7: 'phone' must be a number a reader can dial", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(path + ":8: 'xx' is not a language code this site knows; use one of: en (English), es (Spanish)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(path + ":9: 'last_verified' is 2026-12-02, after today (2026-12-01)", StringComparison.Ordinal));
        Assert.Contains("0 resources", output.ToString());
    }
}
