using SexWorkResourceHub.Web.Search;

namespace SexWorkResourceHub.Tests.Search;

public sealed class SearchSpellingTests
{
    [Theory]
    [InlineData("trafficing", "trafficking", 1)]
    [InlineData("traficking", "trafficking", 1)]
    [InlineData("trafifcking", "trafficking", 1)]
    [InlineData("consnet", "consent", 1)]
    [InlineData("consent", "consent", 0)]
    [InlineData("hotline", "hotlines", 1)]
    public void Distance_counts_a_letter_added_dropped_changed_or_swapped_as_one(string a, string b, int distance)
    {
        Assert.Equal(distance, SearchSpelling.Distance(a, b, 2));
    }

    [Fact]
    public void Distance_stops_counting_past_the_limit()
    {
        Assert.Equal(2, SearchSpelling.Distance("survey", "consent", 1));
    }

    [Fact]
    public void The_closest_word_wins_and_a_tie_goes_to_the_word_more_documents_hold()
    {
        IndexedWord[] words = [new("trafficked", 40), new("trafficking", 30), new("traffic", 2)];

        Assert.Equal("trafficking", SearchSpelling.Closest("trafficing", words));
        Assert.Equal("sesta", SearchSpelling.Closest("sestax", [new("sesta", 5), new("siestas", 50)]));
        Assert.Equal("survey", SearchSpelling.Closest("survy", [new("surva", 1), new("survey", 9)]));
    }

    [Theory]
    [InlineData("hiv")]
    [InlineData("zqxwvy")]
    public void Short_words_and_words_with_nothing_near_get_no_suggestion(string word)
    {
        Assert.Null(SearchSpelling.Closest(word, [new("his", 10), new("zebra", 3)]));
    }
}
