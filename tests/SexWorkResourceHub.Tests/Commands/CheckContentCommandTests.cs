using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Commands;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Commands;

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
    public async Task The_summary_counts_in_words_one_problem_not_one_problems()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("one-problem"), """
            ---
            title: "One problem"
            summary: "Has one problem."
            published: 2024-01-01
            colour: blue
            ---

            Text.
            """);

        var (code, output) = await RunAsync(_factory.ContentPath);

        Assert.Equal(1, code);
        Assert.Contains("5 articles, 3 pages, 4 resources, 7 events, 1 problem, ", output);
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
    public async Task Tag_that_is_not_on_the_tag_list_is_reported_at_the_tags_line()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("new-topic"), """
            ---
            title: "New topic"
            summary: "Uses a tag nobody added to the list."
            published: 2024-01-01
            tags: [law, astrology]
            ---

            Body.
            """);

        var (code, output) = await RunAsync(_factory.ContentPath);

        Assert.Equal(1, code);
        var file = Path.Combine(_factory.ContentPath, "articles", "new-topic.md");
        var line = Assert.Single(output.Split('\n'), l => l.Contains("astrology", StringComparison.Ordinal));
        Assert.StartsWith(file + ":5: the tag 'astrology' is not on the tag list", line);
        Assert.DoesNotContain("'law' is not on the tag list", output);
    }

    [Fact]
    public async Task Image_must_be_a_file_the_site_serves_at_an_absolute_path()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("pictures"), """
            ---
            title: "Pictures"
            summary: "Three images."
            published: 2024-01-01
            ---

            ![The site's icon](/img/icon.svg)

            ![A chart that was never added](/img/no-such-chart.png)

            ![A chart with a relative path](img/icon.svg)
            """);

        var (code, output) = await RunAsync(_factory.ContentPath);

        Assert.Equal(1, code);
        var file = Path.Combine(_factory.ContentPath, "articles", "pictures.md");
        Assert.DoesNotContain("'/img/icon.svg'", output);
        Assert.Contains(file + ":9: image '/img/no-such-chart.png' is not a file the site serves", output);
        Assert.Contains(file + ":11: image 'img/icon.svg' has a relative path", output);
    }

    [Fact]
    public async Task Source_without_a_publisher_fails_the_check()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("unattributed"), """
            ---
            title: "Unattributed"
            summary: "Its source names no publisher."
            published: 2024-01-01
            sources:
              - title: "A report"
                date: "2020"
                url: "https://example.org/report"
            ---

            Body.
            """);

        var (code, output) = await RunAsync(_factory.ContentPath);

        Assert.Equal(1, code);
        Assert.Contains(Path.Combine(_factory.ContentPath, "articles", "unattributed.md") + ":6: source 'A report' has no publisher", output);
    }

    [Fact]
    public async Task Event_description_link_that_leads_nowhere_is_reported_at_the_description()
    {
        var events = Path.Combine(_factory.ContentPath, "data", "events.yaml");
        await File.WriteAllTextAsync(events, """
            events:
              - slug: linked-chat
                title: Linked chat
                start: 2019-04-25 21:00
                time_zone: America/New_York
                participation: online-chat
                description: |
                  Read [the law](/articles/law-explained) and [a missing piece](/articles/no-such-piece)
                  first, and the [glossary](/glossary#no-such-term).
            """);

        var (code, output) = await RunAsync(_factory.ContentPath);

        Assert.Equal(1, code);
        var lines = output.Split('\n').Where(l => l.StartsWith(events, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.StartsWith(events + ":7: in the description, link '/articles/no-such-piece'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(events + ":7: in the description, link '/glossary#no-such-term'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deeply_nested_front_matter_is_reported_by_file_and_line_instead_of_crashing()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("nested"), "---\ntitle: " + new string('[', 30_000) + new string(']', 30_000) + "\n---\nbody\n");

        var (code, output) = await RunAsync(_factory.ContentPath);

        Assert.Equal(1, code);
        Assert.Contains(Path.Combine(_factory.ContentPath, "articles", "nested.md") + ":2: front matter nests lists or mappings more than 20 levels deep", output);
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
                areas: [{ country: US }]
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
