using System.Text;
using SexWorkResourceHub.Web.Feeds;

namespace SexWorkResourceHub.Tests.Feeds;

public sealed class IcsTextTests
{
    private static string Fold(string line)
    {
        var output = new StringBuilder();
        IcsText.AppendLine(output, line);
        return output.ToString();
    }

    private static string Unfold(string folded) => folded.Replace("\r\n ", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void A_line_of_exactly_75_octets_is_not_folded()
    {
        var line = "DESCRIPTION:" + new string('a', 75 - "DESCRIPTION:".Length);

        Assert.Equal(line + "\r\n", Fold(line));
    }

    [Fact]
    public void A_line_of_76_octets_folds_after_75()
    {
        var line = "DESCRIPTION:" + new string('a', 76 - "DESCRIPTION:".Length);

        var folded = Fold(line);

        var physical = folded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(75, Encoding.UTF8.GetByteCount(physical[0]));
        Assert.Equal(" a", physical[1]);
        Assert.Equal(line + "\r\n", Unfold(folded));
    }

    [Theory]
    [InlineData("é")]
    [InlineData("€")]
    [InlineData("😀")]
    [InlineData("ع")]
    public void Folding_never_splits_a_multi_byte_character_and_no_line_exceeds_75_octets(string character)
    {
        for (var prefix = 60; prefix < 80; prefix++)
        {
            var line = "SUMMARY:" + new string('x', prefix) + string.Concat(Enumerable.Repeat(character, 40));

            var folded = Fold(line);

            Assert.EndsWith("\r\n", folded);
            foreach (var physical in folded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
            {
                var bytes = Encoding.UTF8.GetBytes(physical);
                Assert.True(bytes.Length <= 75, $"{bytes.Length} octets");
                Assert.Equal(physical, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
                Assert.DoesNotContain('\uFFFD', physical);
            }

            Assert.Equal(line + "\r\n", Unfold(folded));
        }
    }

    [Fact]
    public void Only_CRLF_ends_lines()
    {
        var folded = Fold("DESCRIPTION:" + IcsText.Escape("one\ntwo\r\nthree\rfour") + new string('z', 200));

        Assert.DoesNotContain("\n", folded.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("\r", folded.Replace("\r\n", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a,b", "a\\,b")]
    [InlineData("a;b", "a\\;b")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb", "a\\nb")]
    [InlineData("9 p.m.; #MacroSW, \\ end", "9 p.m.\\; #MacroSW\\, \\\\ end")]
    public void Text_values_escape_comma_semicolon_backslash_and_newline(string text, string escaped)
    {
        Assert.Equal(escaped, IcsText.Escape(text));
    }
}
