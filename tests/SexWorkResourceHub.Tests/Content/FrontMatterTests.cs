using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Content;

public sealed class FrontMatterTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly ContentFileParser _parser = new(TestMarkdown.Renderer());

    public void Dispose() => _content.Dispose();

    private ContentFile ParseArticle(string text, string slug = "test-article") =>
        _parser.Parse(_content.Root, _content.Write($"articles/{slug}.md", text), ContentKind.Article);

    private const string Valid = """
        ---
        title: "What US law says"
        summary: "The statute, element by element."
        published: 2026-11-03
        reviewed: 2026-11-21
        tags: [law, Basics]
        content_note: "Mentions force."
        draft: false
        sources:
          - title: "22 U.S. Code 7102"
            publisher: "LII"
            date: "2000"
            url: "https://www.law.cornell.edu/uscode/text/22/7102"
        ---

        ## First

        Body text here.
        """;

    [Fact]
    public void Valid_front_matter_reads_every_field()
    {
        var file = ParseArticle(Valid);

        Assert.Empty(file.Problems);
        var article = Assert.IsType<Article>(file.Item);
        Assert.Equal("test-article", article.Slug);
        Assert.Equal("What US law says", article.Title);
        Assert.Equal("The statute, element by element.", article.Summary);
        Assert.Equal(new DateOnly(2026, 11, 3), article.Published);
        Assert.Equal(new DateOnly(2026, 11, 21), article.Reviewed);
        Assert.Equal(["law", "basics"], article.Tags.ToArray());
        Assert.Equal("Mentions force.", article.ContentNote);
        Assert.False(article.Draft);
        var source = Assert.Single(article.Sources);
        Assert.Equal(new Source("22 U.S. Code 7102", "https://www.law.cornell.edu/uscode/text/22/7102", "LII", "2000"), source);
    }

    [Theory]
    [InlineData("title", "'title' is required")]
    [InlineData("summary", "'summary' is required")]
    [InlineData("published", "'published' is required")]
    public void Missing_required_field_is_fatal(string field, string message)
    {
        var text = string.Join('\n', Valid.Split('\n').Where(line => !line.StartsWith(field + ":", StringComparison.Ordinal)));

        var file = ParseArticle(text);

        Assert.Null(file.Item);
        var problem = Assert.Single(file.Problems, p => p.Fatal);
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData("2018-02-30")]
    [InlineData("yesterday")]
    [InlineData("11/03/2026")]
    public void Bad_published_date_is_fatal_and_names_line_and_value(string date)
    {
        var file = ParseArticle(Valid.Replace("published: 2026-11-03", "published: " + date, StringComparison.Ordinal));

        Assert.Null(file.Item);
        var problem = Assert.Single(file.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains(date, problem.Message);
        Assert.Contains("YYYY-MM-DD", problem.Message);
    }

    [Fact]
    public void Summary_over_300_characters_is_fatal()
    {
        var file = ParseArticle(Valid.Replace("The statute, element by element.", new string('a', 301), StringComparison.Ordinal));

        Assert.Null(file.Item);
        Assert.Contains(file.Problems, p => p.Fatal && p.Line == 3 && p.Message.Contains("301 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_key_is_reported_with_its_line_but_the_article_still_loads()
    {
        var file = ParseArticle(Valid.Replace("draft: false", "draft: false\nauthor: someone", StringComparison.Ordinal));

        Assert.NotNull(file.Item);
        var problem = Assert.Single(file.Problems);
        Assert.False(problem.Fatal);
        Assert.Equal(9, problem.Line);
        Assert.Contains("unknown front matter key 'author'", problem.Message);
    }

    [Fact]
    public void File_without_front_matter_is_fatal()
    {
        var file = ParseArticle("## Just a body\n");

        Assert.Null(file.Item);
        Assert.Contains(file.Problems, p => p.Fatal && p.Line == 1 && p.Message.Contains("front matter", StringComparison.Ordinal));
    }

    [Fact]
    public void Unclosed_front_matter_is_fatal()
    {
        var file = ParseArticle("---\ntitle: x\nsummary: y\n");

        Assert.Null(file.Item);
        Assert.Contains(file.Problems, p => p.Message.Contains("not closed", StringComparison.Ordinal));
    }

    [Fact]
    public void Front_matter_nested_too_deep_is_refused_at_its_line_without_parsing_it()
    {
        // 50,000 levels overflowed the stack inside the YAML library and killed the process; 30,000 stay under the size limit.
        var file = ParseArticle("---\nsummary: s\ntags: " + new string('[', 30_000) + new string(']', 30_000) + "\npublished: 2024-01-01\n---\nbody\n");

        Assert.Null(file.Item);
        var problem = Assert.Single(file.Problems, p => p.Fatal);
        Assert.Contains("more than 20 levels deep", problem.Message);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Front_matter_longer_than_64_kb_is_refused()
    {
        var file = ParseArticle("---\ntitle: t\nsummary: s\npublished: 2024-01-01\nnotes: \"" + new string('x', 70_000) + "\"\n---\nbody\n");

        Assert.Null(file.Item);
        Assert.Contains(file.Problems, p => p.Fatal && p.Message.Contains("the limit is 64 KB", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_yaml_reports_the_file_line()
    {
        var file = ParseArticle("---\ntitle: x\nsummary: [unclosed\npublished: 2026-01-01\n---\nbody\n");

        Assert.Null(file.Item);
        var problem = Assert.Single(file.Problems, p => p.Fatal);
        Assert.Contains("not valid YAML", problem.Message);
        Assert.InRange(problem.Line, 3, 5);
    }

    [Theory]
    [InlineData("title: x\nsummary: \"A summary that never ends\npublished: 2026-01-01\n", 3,
        "a quotation mark (\") opened on line 3 is never closed: close it with \" at the end of the value")]
    [InlineData("title: Sex work: a primer\nsummary: s\npublished: 2026-01-01\n", 2,
        "a colon followed by a space inside a value: put the whole value in quotation marks")]
    [InlineData("title: x\nsummary: @handle\npublished: 2026-01-01\n", 3,
        "a value starts with a character YAML keeps for itself (such as @, ` or %): put the value in quotation marks")]
    [InlineData("title: x\nsummary: s\ntags: [law, basics\npublished: 2026-01-01\n", 4,
        "a list in square brackets is not closed: end it with ]")]
    public void Invalid_yaml_is_explained_in_plain_words_at_its_line(string frontMatter, int line, string explanation)
    {
        var file = ParseArticle("---\n" + frontMatter + "---\nbody\n");

        var problem = Assert.Single(file.Problems, p => p.Fatal);
        Assert.Equal((line, "is not valid YAML: " + explanation), (problem.Line, problem.Message[^("is not valid YAML: " + explanation).Length..]));
    }

    [Fact]
    public void A_reading_path_place_outside_1_to_20_is_reported()
    {
        var file = ParseArticle("---\ntitle: t\nsummary: s\npublished: 2024-01-01\norder: 0\n---\nbody\n");

        Assert.Contains(file.Problems, p => p.Line == 5 && p.Message == "'order' must be a whole number from 1 to 20, not '0'");
    }

    [Fact]
    public void Source_without_url_is_an_error()
    {
        var file = ParseArticle(Valid.Replace("    url: \"https://www.law.cornell.edu/uscode/text/22/7102\"\n", string.Empty, StringComparison.Ordinal));

        Assert.Contains(file.Problems, p => p.Fatal && p.Message.Contains("has no url", StringComparison.Ordinal));
    }

    [Fact]
    public void Source_with_javascript_url_is_an_error()
    {
        var file = ParseArticle(Valid.Replace("https://www.law.cornell.edu/uscode/text/22/7102", "javascript:alert(1)", StringComparison.Ordinal));

        Assert.Contains(file.Problems, p => p.Fatal && p.Message.Contains("not an http or https address", StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_must_be_true_or_false()
    {
        var file = ParseArticle(Valid.Replace("draft: false", "draft: maybe", StringComparison.Ordinal));

        Assert.Contains(file.Problems, p => p.Message.Contains("true or false", StringComparison.Ordinal));
    }

    [Fact]
    public void Reviewed_before_published_is_fatal_and_reported_at_the_reviewed_line()
    {
        var file = ParseArticle(Valid.Replace("reviewed: 2026-11-21", "reviewed: 2026-01-01", StringComparison.Ordinal));

        Assert.Null(file.Item);
        var problem = Assert.Single(file.Problems, p => p.Message.Contains("before 'published'", StringComparison.Ordinal));
        Assert.True(problem.Fatal);
        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void Review_by_defaults_to_twelve_months_after_reviewed()
    {
        var article = Assert.IsType<Article>(ParseArticle(Valid).Item);

        Assert.Equal(new DateOnly(2027, 11, 21), article.ReviewBy);
        Assert.False(article.IsDueForReview(new DateOnly(2027, 11, 21)));
        Assert.True(article.IsDueForReview(new DateOnly(2027, 11, 22)));
    }

    [Fact]
    public void Article_never_reviewed_is_due_twelve_months_after_publication()
    {
        var article = Assert.IsType<Article>(ParseArticle(Valid.Replace("reviewed: 2026-11-21\n", string.Empty, StringComparison.Ordinal)).Item);

        Assert.Equal(new DateOnly(2027, 11, 3), article.ReviewBy);
    }

    [Fact]
    public void Review_by_in_front_matter_sets_the_date()
    {
        var file = ParseArticle(Valid.Replace("reviewed: 2026-11-21", "reviewed: 2026-11-21\nreview_by: 2027-05-01", StringComparison.Ordinal));

        Assert.Empty(file.Problems);
        Assert.Equal(new DateOnly(2027, 5, 1), Assert.IsType<Article>(file.Item).ReviewBy);
    }

    [Fact]
    public void Review_by_before_reviewed_is_reported_at_its_line()
    {
        var file = ParseArticle(Valid.Replace("reviewed: 2026-11-21", "reviewed: 2026-11-21\nreview_by: 2026-01-01", StringComparison.Ordinal));

        var problem = Assert.Single(file.Problems);
        Assert.Equal(6, problem.Line);
        Assert.Contains("'review_by' (2026-01-01) is before 'reviewed'", problem.Message);
    }

    [Fact]
    public void Page_review_by_follows_its_reviewed_date()
    {
        var path = _content.Write("pages/about.md", "---\ntitle: About\nsummary: Who we are.\nreviewed: 2026-02-10\n---\nBody.\n");

        var page = Assert.IsType<SitePage>(_parser.Parse(_content.Root, path, ContentKind.Page).Item);

        Assert.Equal(new DateOnly(2027, 2, 10), page.ReviewBy);
    }

    [Theory]
    [InlineData("    publisher: \"LII\"\n", "has no publisher")]
    [InlineData("    date: \"2000\"\n", "has no date")]
    public void Source_without_publisher_or_date_is_reported_and_still_listed(string line, string message)
    {
        var file = ParseArticle(Valid.Replace(line, string.Empty, StringComparison.Ordinal));

        var problem = Assert.Single(file.Problems);
        Assert.Contains(message, problem.Message);
        Assert.False(problem.Fatal);
        Assert.Single(Assert.IsType<Article>(file.Item).Sources);
    }

    [Theory]
    [InlineData("Upper-Case")]
    [InlineData("two--hyphens")]
    [InlineData("under_score")]
    public void File_name_that_is_not_a_slug_is_fatal(string name)
    {
        var file = ParseArticle(Valid, name);

        Assert.Null(file.Item);
        Assert.Contains(file.Problems, p => p.Fatal && p.Message.Contains("file name becomes the address", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_with_article_keys_reports_them_as_unknown()
    {
        var path = _content.Write("pages/about.md", "---\ntitle: About\nsummary: Who we are.\npublished: 2026-01-01\n---\nText\n");

        var file = _parser.Parse(_content.Root, path, ContentKind.Page);

        Assert.IsType<SitePage>(file.Item);
        Assert.Contains(file.Problems, p => p.Line == 4 && p.Message.Contains("unknown front matter key 'published'", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_named_like_a_site_route_is_fatal()
    {
        var path = _content.Write("pages/resources.md", "---\ntitle: R\nsummary: S\n---\nText\n");

        var file = _parser.Parse(_content.Root, path, ContentKind.Page);

        Assert.Null(file.Item);
        Assert.Contains(file.Problems, p => p.Message.Contains("belongs to the site itself", StringComparison.Ordinal));
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_accepted()
    {
        var file = ParseArticle("\uFEFF" + Valid.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Empty(file.Problems);
        Assert.NotNull(file.Item);
    }
}
