using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Content.Tests.Model;

public sealed class SchoolYearTests
{
    [Theory]
    [InlineData("2021/22", 2021)]
    [InlineData("2021-22", 2021)]
    [InlineData(" 2021/22 ", 2021)]
    [InlineData("1999/00", 1999)]
    [InlineData("2099-00", 2099)]
    public void TryParse_reads_the_written_and_the_address_form(string text, int startYear)
    {
        Assert.True(SchoolYear.TryParse(text, out var year));
        Assert.Equal(new SchoolYear(startYear), year);
    }

    [Theory]
    [InlineData("2021/23")]
    [InlineData("2021/21")]
    [InlineData("21/22")]
    [InlineData("2021")]
    [InlineData("2021/2022")]
    [InlineData("2021 / 22")]
    [InlineData("2021.22")]
    [InlineData("skoleåret 2021/22")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_rejects_other_forms(string? text)
    {
        Assert.False(SchoolYear.TryParse(text, out _));
    }

    [Fact]
    public void A_school_year_is_written_2021_22_and_addressed_2021_22_with_a_hyphen()
    {
        var year = new SchoolYear(2021);

        Assert.Equal("2021/22", year.ToString());
        Assert.Equal("2021-22", year.Slug);
        Assert.Equal("1999-00", new SchoolYear(1999).Slug);
        Assert.Equal("2009/10", new SchoolYear(2009).ToString());
        Assert.Equal(2022, year.EndYear);
        Assert.Equal(new SchoolYear(2020), year.Previous);
    }

    [Fact]
    public void A_school_year_runs_from_1_august_to_31_july()
    {
        var year = new SchoolYear(2021);

        Assert.Equal(new DateOnly(2021, 8, 1), year.FirstDay);
        Assert.Equal(new DateOnly(2022, 7, 31), year.LastDay);
        Assert.True(year.Contains(new DateOnly(2021, 8, 1)));
        Assert.True(year.Contains(new DateOnly(2022, 7, 31)));
        Assert.False(year.Contains(new DateOnly(2021, 7, 31)));
        Assert.False(year.Contains(new DateOnly(2022, 8, 1)));
    }

    [Theory]
    [InlineData(2021, 7, 31, 2020)]
    [InlineData(2021, 8, 1, 2021)]
    [InlineData(2021, 12, 31, 2021)]
    [InlineData(2022, 1, 1, 2021)]
    [InlineData(2022, 7, 31, 2021)]
    [InlineData(2022, 8, 1, 2022)]
    public void Containing_changes_school_year_on_1_august(int year, int month, int day, int expectedStart)
    {
        Assert.Equal(new SchoolYear(expectedStart), SchoolYear.Containing(new DateOnly(year, month, day)));
    }

    [Fact]
    public void School_years_order_by_their_first_year()
    {
        SchoolYear[] years = [new(2022), new(2020), new(2021)];

        Assert.Equal([new SchoolYear(2020), new SchoolYear(2021), new SchoolYear(2022)], years.Order());
        Assert.True(new SchoolYear(2020).CompareTo(new SchoolYear(2021)) < 0);
        Assert.Equal(0, new SchoolYear(2021).CompareTo(new SchoolYear(2021)));
    }
}
