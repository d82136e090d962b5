using DigitalStrategy.Build.Search;

namespace DigitalStrategy.Build.Tests.Search;

public sealed class CompoundSplitterTests
{
    private static readonly CompoundSplitter Splitter = new(
    [
        "Læring og en ny platform. Vi styrker samarbejde og udvikling.",
        "Kompetence og fag. Skolens portaler og forældre. Undervise og visning. Forløb.",
        "En læringsplatform, en samarbejdsplatform, kompetenceudvikling og kompetenceudviklingsforløb.",
        "Fagportaler og forældreportal. Forældresamarbejde. Undervisning.",
    ]);

    [Theory]
    [InlineData("læringsplatform", "platform")]
    [InlineData("samarbejdsplatform", "platform")]
    [InlineData("kompetenceudvikling", "udvikling")]
    [InlineData("fagportaler", "portaler")]
    [InlineData("forældreportal", "portal")]
    [InlineData("forældresamarbejde", "samarbejde")]
    public void A_compound_gives_its_last_part_when_both_halves_are_words_of_the_texts(string word, string part) =>
        Assert.Contains(part, Splitter.Split(word));

    [Fact]
    public void A_compound_of_three_words_gives_each_later_part() =>
        Assert.Equal(["forløb", "udvikling"], Splitter.Split("kompetenceudviklingsforløb").Order());

    [Theory]
    [InlineData("forældre")]
    [InlineData("undervisning")]
    [InlineData("platform")]
    [InlineData("samarbejde")]
    public void Words_that_only_begin_with_a_preposition_or_are_not_compounds_are_not_split(string word) =>
        Assert.Empty(Splitter.Split(word));

    [Fact]
    public void The_parts_of_a_text_leave_out_words_the_text_already_has()
    {
        var parts = Splitter.PartsOf("En læringsplatform er en platform for kompetenceudvikling.");

        Assert.DoesNotContain("platform", parts);
        Assert.Contains("udvikling", parts);
    }

    [Fact]
    public void Words_are_lower_case_runs_of_letters() =>
        Assert.Equal(["it", "vejleder", "i", "skoleåret"], CompoundSplitter.Words("IT-vejleder i skoleåret 2021/22."));
}
