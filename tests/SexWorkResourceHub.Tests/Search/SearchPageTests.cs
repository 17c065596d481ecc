using System.Net;
using SexWorkResourceHub.Web.Search;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Search;

public sealed class SearchPageTests : IDisposable
{
    private readonly HubFactory _factory;

    public SearchPageTests()
    {
        _factory = new HubFactory("Production", new Dictionary<string, string?> { ["RateLimits:SearchPermits"] = "1000" });
        File.WriteAllText(_factory.ArticlePath("quokka-in-title"), """
            ---
            title: "The quokka question"
            summary: "An article whose title names the animal."
            published: 2024-03-01
            ---

            ## About

            This article says the word once more in passing: quokka.
            """);
        File.WriteAllText(_factory.ArticlePath("quokka-in-body"), """
            ---
            title: "Marsupials on islands"
            summary: "An article that mentions the animal only in its body."
            published: 2024-03-02
            ---

            ## Island life

            The quokka lives on islands. A quokka is small. Many a quokka <b>quokka</b> photo exists.
            """);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<AngleSharp.Dom.IDocument> SearchAsync(string query)
    {
        var response = await _factory.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_body_match()
    {
        var page = await SearchAsync("quokka");

        var titles = page.QuerySelectorAll(".search-result h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["The quokka question", "Marsupials on islands"], titles);
        Assert.Contains("2 results", page.QuerySelector("#results-heading")!.TextContent);
    }

    [Fact]
    public async Task Snippets_highlight_the_words_and_encode_everything_else()
    {
        var page = await SearchAsync("quokka");

        var snippet = page.QuerySelectorAll(".snippet")[1];
        Assert.NotEmpty(snippet.QuerySelectorAll("mark"));
        Assert.All(snippet.QuerySelectorAll("mark"), m => Assert.Equal("quokka", m.TextContent, ignoreCase: true));
        Assert.Empty(snippet.QuerySelectorAll("b"));
        Assert.Contains("<b>", snippet.TextContent);
    }

    [Fact]
    public async Task Search_finds_articles_pages_resources_and_events_and_names_their_kind()
    {
        Assert.Equal("Resource", (await SearchAsync("Ocean State Advocates")).QuerySelector(".result-kind")!.TextContent);
        Assert.Equal("Event", (await SearchAsync("winter vigil")).QuerySelector(".result-kind")!.TextContent);
        Assert.Equal("Page", (await SearchAsync("Everyone who reads tests")).QuerySelector(".result-kind")!.TextContent);
        Assert.Equal("Explainer", (await SearchAsync("consent basics fixture")).QuerySelector(".result-kind")!.TextContent);
        Assert.Equal("/events/winter-vigil-2030", (await SearchAsync("winter vigil")).QuerySelector(".search-result a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Drafts_and_future_articles_are_not_found_in_production()
    {
        Assert.Contains("No results", (await SearchAsync("unfinished draft")).QuerySelector("#results-heading")!.TextContent);
        Assert.Contains("No results", (await SearchAsync("piece dated in the future")).QuerySelector("#results-heading")!.TextContent);
    }

    [Fact]
    public async Task Accents_do_not_matter_either_way()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("accents"), """
            ---
            title: "Trabajo sexual y leyes"
            summary: "An article with accented words."
            published: 2024-03-03
            ---

            La criminalización del trabajo sexual no es la única opción.
            """);
        var client = _factory.CreateClient();
        Assert.True(await Html.EventuallyAsync(async () => (await client.GetStringAsync("/search?q=criminalizacion")).Contains("Trabajo sexual y leyes", StringComparison.Ordinal)));

        var typedWithAccent = await SearchAsync("única");
        Assert.Equal(["Trabajo sexual y leyes"], typedWithAccent.QuerySelectorAll(".search-result h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("criminalización", typedWithAccent.QuerySelector(".snippet")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quoka", "quokka")]
    [InlineData("qoukka", "quokka")]
    [InlineData("quokka islnds", "quokka islands")]
    public async Task A_misspelt_word_finds_what_its_correction_finds_under_did_you_mean(string typed, string meant)
    {
        var page = await SearchAsync(typed);

        var suggestion = page.QuerySelector(".did-you-mean a")!;
        Assert.Equal(meant, suggestion.TextContent);
        Assert.Equal("/search?q=" + Uri.EscapeDataString(meant), suggestion.GetAttribute("href"));
        Assert.Contains("Marsupials on islands", page.QuerySelectorAll(".search-result h3").Select(h => h.TextContent.Trim()));
        Assert.Contains($"for \"{meant}\"", page.QuerySelector("#results-heading")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zqxwvy")]
    [InlineData("quokka consent")]
    [InlineData("quo")]
    public async Task A_search_with_no_near_word_says_no_results_and_suggests_nothing(string typed)
    {
        // The third is too short to correct; the second is two real words that no one document holds.
        var page = await SearchAsync(typed);

        Assert.Contains("No results", page.QuerySelector("#results-heading")!.TextContent);
        Assert.Null(page.QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task A_correctly_spelt_search_gets_no_suggestion()
    {
        Assert.Null((await SearchAsync("quokka")).QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task A_prefix_finds_longer_words()
    {
        var page = await SearchAsync("marsup");

        Assert.Equal(["Marsupials on islands"], page.QuerySelectorAll(".search-result h3").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task The_index_follows_a_file_change_and_an_editors_change()
    {
        var client = _factory.CreateClient();
        Assert.Contains("No results", (await SearchAsync("platypus")).QuerySelector("#results-heading")!.TextContent);

        await File.WriteAllTextAsync(_factory.ArticlePath("quokka-in-body"),
            (await File.ReadAllTextAsync(_factory.ArticlePath("quokka-in-body"))).Replace("islands. A quokka", "islands. A platypus", StringComparison.Ordinal));
        Assert.True(await Html.EventuallyAsync(async () => (await client.GetStringAsync("/search?q=platypus")).Contains("1 result", StringComparison.Ordinal)));

        var editor = await _factory.SignedInEditorAsync();
        await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Wombat Legal Aid",
            ["Input.Kind"] = "legal-help",
            ["Input.Description"] = "Free advice.",
            ["Input.Url"] = "https://wombat.example.org",
            ["Input.Areas[0].Place"] = "US",
            ["Input.SexWorkerLed"] = "unknown",
        });
        Assert.True(await Html.EventuallyAsync(async () => (await client.GetStringAsync("/search?q=wombat")).Contains("Wombat Legal Aid", StringComparison.Ordinal)));
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "\"\"", "'", "''", "\"unbalanced", "(", ")", "((((", "))))", "(a OR b", "a AND", "OR", "AND", "NOT", "NEAR(a b)",
        "title:quokka", "summary:x", "{title body}:quokka", "-quokka", "^quokka", "quokka*", "*", "**", "*quokka", "a*b*c*",
        "col:", ":", ";", "DROP TABLE documents;", "'; DELETE FROM documents; --", "\\", "\\\\\\", "%", "_", "%_%",
        "<script>alert(1)</script>", "javascript:alert(1)", "&lt;b&gt;", "😀", "😀😀😀 quokka 😀", "👩🏽‍🔬",
        "عربي", "שלום עולם", "quokka عربي", "\u202Equokka", "\u0000", "\u0001\u0002\u0003", "\uFFFD", "\t\n\r",
        "the", "the and of a to in", "a", "sex", "é", "ＱＵＯＫＫＡ",
        "NEAR(\"a\" \"b\", 2)", "quokka\" OR \"x", "\"quokka\"", "x\"y\"z", "a b c d e f g h i j k l m n o p",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_queries_get_results_or_a_clear_message_never_a_server_error(string query)
    {
        var response = await _factory.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(query));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var heading = page.QuerySelector("#results-heading")?.TextContent ?? page.QuerySelector("main")!.TextContent;
        Assert.Matches("result|No results|Try a word", heading);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task A_two_thousand_character_query_is_searched_by_its_start_with_a_note()
    {
        var page = await SearchAsync("quokka " + new string('x', 2000));

        Assert.Contains("first 200 characters", page.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task An_empty_query_shows_the_form_with_suggestions()
    {
        var page = await SearchAsync("");

        Assert.NotNull(page.QuerySelector("form.search-form input[name=q]"));
        Assert.Null(page.QuerySelector("#results-heading"));
    }

    [Fact]
    public async Task Every_page_has_a_search_box_in_its_header()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/articles/consent-basics");

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(page.QuerySelector("label[for=site-search-q]"));
    }

    [Fact]
    public async Task Searches_are_rate_limited_per_client_with_a_friendly_429()
    {
        using var factory = new HubFactory("Production", new Dictionary<string, string?> { ["RateLimits:SearchPermits"] = "2" });
        var client = factory.CreateClient();
        await client.GetAsync("/search?q=one");
        await client.GetAsync("/search?q=two");

        var third = await client.GetAsync("/search?q=three");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search")).StatusCode);
    }
}

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("consent", "\"consent\"*")]
    [InlineData("the law", "\"law\"")]
    [InlineData("Section 230", "\"section\" \"230\"")]
    [InlineData("title:foo OR (bar", "\"title\" \"foo\" \"bar\"")]
    [InlineData("\"quoted\"", "\"quoted\"*")]
    [InlineData("abc", "\"abc\"")]
    public void Input_becomes_quoted_terms_with_a_bounded_prefix(string input, string match)
    {
        Assert.Equal(match, SearchQuery.Parse(input).Match);
    }

    [Theory]
    [InlineData("consent", "'consent':*")]
    [InlineData("Section 230", "'section' & '230'")]
    [InlineData("criminalización única", "'criminalizacion' & 'unica':*")]
    [InlineData("title:foo OR (bar", "'title' & 'foo' & 'bar'")]
    [InlineData("it's a trap", "'s' & 'trap':*")]
    public void On_postgres_input_becomes_quoted_terms_all_required(string input, string tsquery)
    {
        Assert.Equal(tsquery, PostgresSearchIndex.TsQuery(SearchQuery.Parse(input)));
    }

    [Theory]
    [InlineData("a \u0002match\u0003 <b>", "a <mark>match</mark> &lt;b&gt;")]
    [InlineData("\u0003stray\u0002 open", "stray<mark> open</mark>")]
    public void A_snippet_becomes_encoded_text_with_balanced_marks(string snippet, string html)
    {
        Assert.Equal(html, SearchSnippet.Html(System.Text.RegularExpressions.Regex.Unescape(snippet)));
    }

    [Fact]
    public void Only_stop_words_are_still_searched()
    {
        Assert.Equal("\"the\"", SearchQuery.Parse("the").Match);
    }

    [Fact]
    public void Terms_are_capped_in_number_and_length()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 30).Select(i => "word" + i)) + " " + new string('z', 300));

        Assert.Equal(SearchQuery.MaxTerms, query.Terms.Count);
        Assert.All(query.Terms, t => Assert.True(t.Length <= SearchQuery.MaxTermLength));
        Assert.True(query.Truncated);
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("!!!")]
    [InlineData("   ")]
    public void Input_without_words_has_nothing_to_match(string input)
    {
        Assert.True(SearchQuery.Parse(input).IsEmpty);
    }
}
