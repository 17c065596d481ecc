using SexWorkResourceHub.Tests.Support;
using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Tests.Content;

/// <summary>Markdown as the plain text a calendar shows: links with their addresses, no Markdown marks left.</summary>
public sealed class MarkdownPlainTextTests
{
    private static readonly MarkdownRenderer Renderer = TestMarkdown.Renderer();

    private static string Plain(string markdown) =>
        Renderer.ToPlainText(markdown, url => url.StartsWith('/') ? "https://hub.example" + url : url);

    [Theory]
    [InlineData("See [the glossary](/glossary#sex-trafficking).", "See the glossary (https://hub.example/glossary#sex-trafficking).")]
    [InlineData("[The post](https://macrosw.com/2019/04/22/chat/) links it.", "The post (https://macrosw.com/2019/04/22/chat/) links it.")]
    [InlineData("Mail [us](mailto:hub@example.org).", "Mail us (mailto:hub@example.org).")]
    [InlineData("At <https://swopusa.org>.", "At https://swopusa.org.")]
    [InlineData("At https://swopusa.org today.", "At https://swopusa.org today.")]
    [InlineData("[https://swopusa.org](https://swopusa.org)", "https://swopusa.org")]
    [InlineData("[Run this](javascript:alert(1)) now.", "Run this now.")]
    [InlineData("![A vigil at night](/img/vigil.jpg)", "A vigil at night")]
    public void A_link_keeps_its_text_and_shows_its_absolute_address(string markdown, string text) =>
        Assert.Equal(text, Plain(markdown));

    [Theory]
    [InlineData("With *Markdown*, **strong**, _this_ and `code`.", "With Markdown, strong, this and code.")]
    [InlineData("## A heading", "A heading")]
    [InlineData("Not \\*emphasis\\*, and &amp; is &.", "Not *emphasis*, and & is &.")]
    [InlineData("Raw <script>alert(1)</script> stays text.", "Raw <script>alert(1)</script> stays text.")]
    [InlineData("A [^1] note.\n\n[^1]: The note.", "A [1] note.\n\n[1] The note.")]
    [InlineData("[the law][fosta]\n\n[fosta]: /articles/fosta", "the law (https://hub.example/articles/fosta)")]
    public void Emphasis_code_headings_and_escapes_lose_their_marks(string markdown, string text) =>
        Assert.Equal(text, Plain(markdown));

    [Fact]
    public void A_hard_wrapped_paragraph_is_one_line_and_paragraphs_stay_apart()
    {
        var text = Plain("The first line\nwraps onto a second\nand a third.\n\nA new paragraph,\nwrapped too.\n");

        Assert.Equal("The first line wraps onto a second and a third.\n\nA new paragraph, wrapped too.", text);
    }

    [Fact]
    public void A_hard_line_break_stays_a_line_break() =>
        Assert.Equal("One line\nand the next", Plain("One line\\\nand the next"));

    [Fact]
    public void Lists_keep_their_numbers_and_dashes_one_item_a_line()
    {
        var text = Plain("Its questions:\n\n1. What is the\n   difference?\n2. What [roles](/roles)?\n\n* one\n* two\n  - nested\n");

        Assert.Equal("Its questions:\n\n1. What is the difference?\n2. What roles (https://hub.example/roles)?\n\n- one\n- two\n  - nested", text);
    }

    [Fact]
    public void An_ordered_list_starting_elsewhere_keeps_its_numbers() =>
        Assert.Equal("3) three\n4) four", Plain("3) three\n4) four"));

    [Fact]
    public void A_code_block_keeps_its_lines() =>
        Assert.Equal("Before\n\nline one\n  line two\n\nAfter", Plain("Before\n\n```\nline one\n  line two\n```\n\nAfter"));
}
