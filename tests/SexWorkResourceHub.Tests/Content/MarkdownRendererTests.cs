using SexWorkResourceHub.Tests.Support;
using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Tests.Content;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = TestMarkdown.Renderer();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Hello <img src=x onerror=alert(1)> there")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void Raw_html_is_escaped_not_passed_through(string markdown)
    {
        var html = _renderer.Render(markdown).Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java&#09;script:alert(1))")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    public void Dangerous_links_are_dropped_but_their_text_stays(string markdown)
    {
        var rendered = _renderer.Render(markdown);

        Assert.DoesNotContain("<a", rendered.Html);
        Assert.Contains("click", rendered.Html);
        Assert.Single(rendered.Notes);
    }

    [Fact]
    public void Dangerous_autolink_is_shown_as_text()
    {
        var rendered = _renderer.Render("<javascript:alert(1)>");

        Assert.DoesNotContain("<a", rendered.Html);
        Assert.Single(rendered.Notes);
    }

    [Fact]
    public void Dangerous_image_is_dropped_and_its_alt_text_kept()
    {
        var html = _renderer.Render("![a chart](javascript:alert(1))").Html;

        Assert.DoesNotContain("<img", html);
        Assert.Contains("a chart", html);
    }

    [Theory]
    [InlineData("[a](https://example.org/x)", "https://example.org/x")]
    [InlineData("[a](http://example.org/x)", "http://example.org/x")]
    [InlineData("[a](mailto:help@example.org)", "mailto:help@example.org")]
    [InlineData("[a](tel:+18883737888)", "tel:+18883737888")]
    [InlineData("[a](/articles/what-us-law-says)", "/articles/what-us-law-says")]
    [InlineData("[a](#section)", "#section")]
    public void Allowed_links_are_kept(string markdown, string href)
    {
        var html = _renderer.Render(markdown).Html;

        Assert.Contains($"href=\"{href}\"", html);
    }

    [Fact]
    public void External_links_get_rel_noopener_noreferrer_and_site_links_do_not()
    {
        var html = _renderer.Render("[out](https://example.org) and [in](/about) and <https://auto.example>").Html;

        Assert.Contains("<a href=\"https://example.org\" rel=\"noopener noreferrer\">out</a>", html);
        Assert.Contains("<a href=\"/about\" data-print-href=\"https://hub.example/about\">in</a>", html);
        Assert.Contains("href=\"https://auto.example\" rel=\"noopener noreferrer\"", html);
    }

    [Theory]
    [InlineData("[term](/glossary#consent)", "https://hub.example/glossary#consent")]
    [InlineData("[law](/articles/what-us-law-says)", "https://hub.example/articles/what-us-law-says")]
    public void Site_links_carry_their_full_address_for_print(string markdown, string printed)
    {
        var link = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(_renderer.Render(markdown).Html).QuerySelector("a")!;

        Assert.Equal(printed, link.GetAttribute("data-print-href"));
    }

    [Theory]
    [InlineData("[out](https://example.org)")]
    [InlineData("[mail](mailto:someone@example.org)")]
    [InlineData("[other site](//example.org/x)")]
    public void Links_off_the_site_print_their_own_address_and_get_no_print_address(string markdown)
    {
        Assert.DoesNotContain("data-print-href", _renderer.Render(markdown).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_ids_are_stable_and_unique()
    {
        const string markdown = "## What the law says\n\n## What the law says\n\n### Force, fraud or coercion\n";

        var first = _renderer.Render(markdown);
        var second = _renderer.Render(markdown);

        Assert.Equal(["what-the-law-says", "what-the-law-says-1", "force-fraud-or-coercion"], first.HeadingIds.ToArray());
        Assert.Equal(first.HeadingIds.ToArray(), second.HeadingIds.ToArray());
        Assert.Contains("<h2 id=\"what-the-law-says\">", first.Html);
    }

    [Fact]
    public void Table_of_contents_lists_h2_and_h3_with_their_text()
    {
        var rendered = _renderer.Render("## One `code`\n\n### Two *em*\n\n#### Three\n\n## Four\n");

        Assert.Equal(
            [new TocEntry(2, "one-code", "One code"), new TocEntry(3, "two-em", "Two em"), new TocEntry(2, "four", "Four")],
            rendered.Toc.ToArray());
    }

    [Fact]
    public void A_body_h1_becomes_h2_and_is_reported()
    {
        var rendered = _renderer.Render("# Title again\n\ntext");

        Assert.Contains("<h2 id=\"title-again\">", rendered.Html);
        Assert.DoesNotContain("<h1", rendered.Html);
        Assert.Contains(rendered.Notes, n => n.Message.Contains("only h1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(200, 1)]
    [InlineData(201, 2)]
    [InlineData(1000, 5)]
    public void Reading_time_is_words_over_200_rounded_up(int words, int minutes)
    {
        var rendered = _renderer.Render(string.Join(' ', Enumerable.Repeat("word", words)));

        Assert.Equal(words, rendered.WordCount);
        Assert.Equal(minutes, rendered.ReadingMinutes);
    }

    [Fact]
    public void Tables_footnotes_and_containers_render()
    {
        var html = _renderer.Render("| a | b |\n|---|---|\n| 1 | 2 |\n\nText.[^1]\n\n[^1]: Note.\n\n::: callout\nCareful.\n:::\n").Html;

        Assert.Contains("<table>", html);
        Assert.Contains("class=\"table-scroll\"", html);
        Assert.Contains("class=\"footnotes\"", html);
        Assert.Contains("<div class=\"callout\" role=\"note\">", html);
    }

    [Fact]
    public void Unknown_container_is_reported()
    {
        var rendered = _renderer.Render("::: spoiler\nx\n:::\n");

        Assert.Contains(rendered.Notes, n => n.Message.Contains("unknown container 'spoiler'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_passage_in_another_language_is_marked_with_its_language()
    {
        var rendered = TestMarkdown.Renderer().Render("::: lang-en\n> \"any sex act\" (22 U.S.C. 7102)\n:::\n\n::: lang-xx\nText.\n:::\n");

        Assert.Contains("<div class=\"lang-en\" lang=\"en\">", rendered.Html);
        Assert.DoesNotContain("role=\"note\"", rendered.Html.Split("lang-xx")[0]);
        Assert.Contains(rendered.Notes, n => n.Message.StartsWith("unknown language 'xx' in 'lang-xx'", StringComparison.Ordinal));
    }

    [Fact]
    public void Heading_ids_leave_out_accents_so_spanish_anchors_are_plain_addresses()
    {
        var rendered = TestMarkdown.Renderer().Render("## Explotación y coerción\n\n### Sección 230\n\n### Section 230 and FOSTA\n");

        Assert.Equal(["explotacion-y-coercion", "seccion-230", "section-230-and-fosta"], rendered.HeadingIds.AsEnumerable());
    }
}
