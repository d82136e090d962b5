using DigitalStrategy.Content.Loading;

namespace DigitalStrategy.Content.Tests.Loading;

public sealed class IdsTests
{
    [Theory]
    [InlineData("Pædagogisk sigte", "paedagogisk-sigte")]
    [InlineData("Børn og unge", "boern-og-unge")]
    [InlineData("Åben skole", "aaben-skole")]
    [InlineData("ÆBLE", "aeble")]
    [InlineData("  It-strategi 2016–2020! ", "it-strategi-2016-2020")]
    [InlineData("Mål: læring", "maal-laering")]
    [InlineData("nysgerrig-omgang", "nysgerrig-omgang")]
    [InlineData("!!!", "mit-id")]
    public void Suggest_makes_an_id_an_editor_can_use(string text, string expected)
    {
        var suggestion = Ids.Suggest(text);

        Assert.Equal(expected, suggestion);
        Assert.True(Ids.IsValid(suggestion));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("paedagogisk-sigte")]
    [InlineData("2021-22-kursus")]
    [InlineData("maal1")]
    public void IsValid_accepts_lowercase_letters_digits_and_single_hyphens(string id)
    {
        Assert.True(Ids.IsValid(id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sigte")]
    [InlineData("pædagogisk")]
    [InlineData("boern_og_unge")]
    [InlineData("boern og unge")]
    [InlineData("-sigte")]
    [InlineData("sigte-")]
    [InlineData("sigte--1")]
    [InlineData("sigte.1")]
    public void IsValid_rejects_what_cannot_stand_in_an_address(string id)
    {
        Assert.False(Ids.IsValid(id));
    }
}
