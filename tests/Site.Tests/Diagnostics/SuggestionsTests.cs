using Civic.Site.Diagnostics;

namespace Civic.Site.Tests.Diagnostics;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("sumary", "summary")]
    [InlineData("Communities", "communities")]
    [InlineData("bool", "boolean")]
    [InlineData("programs", "programmes")]
    public void Suggests_the_likely_intended_word(string typo, string expected)
    {
        Assert.Equal(expected, Suggestions.Closest(typo, ["title", "summary", "communities", "boolean", "programmes", "date"]));
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    public void Suggests_nothing_for_unrelated_words(string word)
    {
        Assert.Null(Suggestions.Closest(word, ["title", "date", "summary"]));
    }

    [Fact]
    public void A_swap_of_two_letters_is_one_edit()
    {
        Assert.Equal(1, Suggestions.Distance("titel", "title"));
        Assert.Equal(3, Suggestions.Distance("kitten", "sitting"));
    }
}
