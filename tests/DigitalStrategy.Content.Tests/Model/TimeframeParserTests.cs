using System.Globalization;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Tests.Model;

public sealed class TimeframeParserTests
{
    [Theory]
    [InlineData("2017", "2017-01-01", "2017-12-31")]
    [InlineData("2016-2020", "2016-01-01", "2020-12-31")]
    [InlineData("2016–2020", "2016-01-01", "2020-12-31")]
    [InlineData("2016—2020", "2016-01-01", "2020-12-31")]
    [InlineData("2016 - 2020", "2016-01-01", "2020-12-31")]
    [InlineData("2011–2015", "2011-01-01", "2015-12-31")]
    [InlineData("i 2017", "2017-01-01", "2017-12-31")]
    [InlineData("ca. 2017.", "2017-01-01", "2017-12-31")]
    [InlineData("  I   2017 ", "2017-01-01", "2017-12-31")]
    [InlineData("hele 2017", "2017-01-01", "2017-12-31")]
    [InlineData("i løbet af 2017", "2017-01-01", "2017-12-31")]
    [InlineData("fra 2016 til 2020", "2016-01-01", "2020-12-31")]
    [InlineData("2016/17 og 2017/18", "2016-08-01", "2018-07-31")]
    [InlineData("primo 2017", "2017-01-01", "2017-03-31")]
    [InlineData("medio 2017", "2017-06-01", "2017-07-31")]
    [InlineData("ultimo 2017", "2017-10-01", "2017-12-31")]
    [InlineData("Ca. medio 2017", "2017-06-01", "2017-07-31")]
    [InlineData("starten af 2017", "2017-01-01", "2017-03-31")]
    [InlineData("i slutningen af 2017", "2017-10-01", "2017-12-31")]
    [InlineData("midt i 2017", "2017-06-01", "2017-07-31")]
    [InlineData("primo august 2016", "2016-08-01", "2016-08-10")]
    [InlineData("medio august 2016", "2016-08-11", "2016-08-20")]
    [InlineData("ultimo august 2016", "2016-08-21", "2016-08-31")]
    [InlineData("ultimo februar 2016", "2016-02-21", "2016-02-29")]
    [InlineData("forår 2017", "2017-03-01", "2017-05-31")]
    [InlineData("sommer 2017", "2017-06-01", "2017-08-31")]
    [InlineData("efterår 2016", "2016-09-01", "2016-11-30")]
    [InlineData("vinter 2017", "2017-01-01", "2017-02-28")]
    [InlineData("vinteren 2016/17", "2016-12-01", "2017-02-28")]
    [InlineData("foråret 2017", "2017-03-01", "2017-05-31")]
    [InlineData("efteråret 2016", "2016-09-01", "2016-11-30")]
    [InlineData("sommeren 2017", "2017-06-01", "2017-08-31")]
    [InlineData("i foråret 2017", "2017-03-01", "2017-05-31")]
    [InlineData("I FORÅRET 2017", "2017-03-01", "2017-05-31")]
    [InlineData("første kvartal 2017", "2017-01-01", "2017-03-31")]
    [InlineData("1. kvartal 2017", "2017-01-01", "2017-03-31")]
    [InlineData("andet kvartal 2017", "2017-04-01", "2017-06-30")]
    [InlineData("2. kvartal 2017", "2017-04-01", "2017-06-30")]
    [InlineData("anden kvartal 2017", "2017-04-01", "2017-06-30")]
    [InlineData("tredje kvartal 2017", "2017-07-01", "2017-09-30")]
    [InlineData("3. kvartal 2017", "2017-07-01", "2017-09-30")]
    [InlineData("fjerde kvartal 2017", "2017-10-01", "2017-12-31")]
    [InlineData("4. kvartal 2017", "2017-10-01", "2017-12-31")]
    [InlineData("Q1 2017", "2017-01-01", "2017-03-31")]
    [InlineData("q4 2017", "2017-10-01", "2017-12-31")]
    [InlineData("i 3. kvt. 2017", "2017-07-01", "2017-09-30")]
    [InlineData("første halvår 2017", "2017-01-01", "2017-06-30")]
    [InlineData("1. halvår 2017", "2017-01-01", "2017-06-30")]
    [InlineData("andet halvår 2017", "2017-07-01", "2017-12-31")]
    [InlineData("2. halvår 2017", "2017-07-01", "2017-12-31")]
    [InlineData("august 2016", "2016-08-01", "2016-08-31")]
    [InlineData("januar 2022", "2022-01-01", "2022-01-31")]
    [InlineData("aug. 2016", "2016-08-01", "2016-08-31")]
    [InlineData("i november måned 2016", "2016-11-01", "2016-11-30")]
    [InlineData("august 2016 - juni 2017", "2016-08-01", "2017-06-30")]
    [InlineData("august 2016-juni 2017", "2016-08-01", "2017-06-30")]
    [InlineData("august–december 2016", "2016-08-01", "2016-12-31")]
    [InlineData("august til december 2016", "2016-08-01", "2016-12-31")]
    [InlineData("november - februar 2017", "2016-11-01", "2017-02-28")]
    [InlineData("primo-medio 2017", "2017-01-01", "2017-07-31")]
    [InlineData("maj/juni 2017", "2017-05-01", "2017-06-30")]
    [InlineData("ultimo 2016/primo 2017", "2016-10-01", "2017-03-31")]
    [InlineData("Tidsramme: 2017", "2017-01-01", "2017-12-31")]
    [InlineData("skoleåret 2017/18", "2017-08-01", "2018-07-31")]
    [InlineData("skoleåret 2017-18", "2017-08-01", "2018-07-31")]
    [InlineData("skoleår 2017/2018", "2017-08-01", "2018-07-31")]
    [InlineData("2017/18", "2017-08-01", "2018-07-31")]
    [InlineData("2017 / 18", "2017-08-01", "2018-07-31")]
    [InlineData("i skoleåret 2017/18", "2017-08-01", "2018-07-31")]
    [InlineData("2016/17 - 2018/19", "2016-08-01", "2019-07-31")]
    [InlineData("1. august 2016", "2016-08-01", "2016-08-01")]
    [InlineData("den 1. august 2016", "2016-08-01", "2016-08-01")]
    [InlineData("01.08.2016", "2016-08-01", "2016-08-01")]
    [InlineData("1.8.2016", "2016-08-01", "2016-08-01")]
    [InlineData("1/8 2016", "2016-08-01", "2016-08-01")]
    [InlineData("2016-08-01", "2016-08-01", "2016-08-01")]
    [InlineData("1. august 2016 – 31. juli 2017", "2016-08-01", "2017-07-31")]
    [InlineData("2016-08-01 - 2017-07-31", "2016-08-01", "2017-07-31")]
    public void Periods_cover_the_dates_the_text_names(string text, string start, string end)
    {
        AssertParsed(text, TimeframeKind.Period, start, end);
    }

    [Theory]
    [InlineData("fra skoleåret 2017-18", "2017-08-01", null)]
    [InlineData("fra 2017", "2017-01-01", null)]
    [InlineData("fra august 2016", "2016-08-01", null)]
    [InlineData("fra og med 1. august 2016", "2016-08-01", null)]
    [InlineData("2016 og frem", "2016-01-01", null)]
    [InlineData("2016 -", "2016-01-01", null)]
    [InlineData("start forår 2016", "2016-03-01", null)]
    [InlineData("med start i 2017", "2017-01-01", null)]
    [InlineData("påbegyndes 2016", "2016-01-01", null)]
    [InlineData("tidligst 2018", "2018-01-01", null)]
    [InlineData("efter sommerferien 2017", "2017-08-01", null)]
    [InlineData("efter 2017", "2018-01-01", null)]
    [InlineData("til udgangen af 2017", null, "2017-12-31")]
    [InlineData("inden udgangen af 2017", null, "2017-12-31")]
    [InlineData("senest udgangen af 2017", null, "2017-12-31")]
    [InlineData("med udgangen af 2017", null, "2017-12-31")]
    [InlineData("ved udgangen af 2017", null, "2017-12-31")]
    [InlineData("inden udgangen af år 2020", null, "2020-12-31")]
    [InlineData("indtil 2017", null, "2017-12-31")]
    [InlineData("frem til 2016", null, "2016-12-31")]
    [InlineData("senest 2018", null, "2018-12-31")]
    [InlineData("senest ved udgangen af skoleåret 2016-17", null, "2017-07-31")]
    [InlineData("inden sommerferien 2017", null, "2017-06-30")]
    [InlineData("senest til sommerferien 2017", null, "2017-06-30")]
    [InlineData("inden 2018", null, "2017-12-31")]
    [InlineData("før skoleåret 2017/18", null, "2017-07-31")]
    [InlineData("afsluttes ultimo 2017", null, "2017-12-31")]
    [InlineData("færdig medio 2017", null, "2017-07-31")]
    [InlineData("Deadline: 1. august 2017", null, "2017-08-01")]
    [InlineData("afsluttes inden 2018", null, "2017-12-31")]
    [InlineData("skoleåret 2016 - 17", "2016-08-01", "2017-07-31")]
    public void Open_periods_leave_the_unknown_end_empty(string text, string? start, string? end)
    {
        AssertParsed(text, TimeframeKind.Period, start, end);
    }

    [Theory]
    [InlineData("løbende")]
    [InlineData("Løbende.")]
    [InlineData("løbende i perioden")]
    [InlineData("fortløbende")]
    [InlineData("hele perioden")]
    [InlineData("i hele strategiperioden")]
    [InlineData("kontinuerligt")]
    [InlineData("årligt")]
    [InlineData("hvert år")]
    [InlineData("halvårligt")]
    [InlineData("hvert år i maj/juni")]
    public void Recurring_work_is_ongoing_without_dates(string text)
    {
        AssertParsed(text, TimeframeKind.Ongoing, null, null);
    }

    [Theory]
    [InlineData("løbende 2016-2020", "2016-01-01", "2020-12-31")]
    [InlineData("løbende fra 2017", "2017-01-01", null)]
    [InlineData("hvert år i 2016-2020", "2016-01-01", "2020-12-31")]
    public void Recurring_work_within_a_period_keeps_the_period(string text, string? start, string? end)
    {
        AssertParsed(text, TimeframeKind.Ongoing, start, end);
    }

    [Theory]
    [InlineData("er påbegyndt", null, null)]
    [InlineData("påbegyndt", null, null)]
    [InlineData("igangsat", null, null)]
    [InlineData("er i gang", null, null)]
    [InlineData("i gang", null, null)]
    [InlineData("Er allerede igangsat.", null, null)]
    [InlineData("påbegyndt i 2016", "2016-01-01", null)]
    [InlineData("er påbegyndt, afsluttes senest 2018", null, "2018-12-31")]
    public void Work_already_begun_is_started(string text, string? start, string? end)
    {
        AssertParsed(text, TimeframeKind.Started, start, end);
    }

    // The timeframe cells and timeframe phrases of the seed documents in /work/shared/seeds, as written there.
    [Theory]
    [InlineData("2016- 2017", TimeframeKind.Period, "2016-01-01", "2017-12-31")]
    [InlineData("2016- 2017. Alle har en plan ultimo \n2017", TimeframeKind.Period, "2016-01-01", "2017-12-31")]
    [InlineData("Alle har en plan ultimo 2017", TimeframeKind.Period, "2017-10-01", "2017-12-31")]
    [InlineData("2016- 2022", TimeframeKind.Period, "2016-01-01", "2022-12-31")]
    [InlineData("Færdig medio 2017", TimeframeKind.Period, null, "2017-07-31")]
    [InlineData("2016-2020", TimeframeKind.Period, "2016-01-01", "2020-12-31")]
    [InlineData("2016 - 2020", TimeframeKind.Period, "2016-01-01", "2020-12-31")]
    [InlineData("Hvert forår/Løbende", TimeframeKind.Ongoing, null, null)]
    [InlineData("Efterår 2016", TimeframeKind.Period, "2016-09-01", "2016-11-30")]
    [InlineData("Plan hvert forår", TimeframeKind.Ongoing, null, null)]
    [InlineData("1 kvart. 2017 (og frem)", TimeframeKind.Period, "2017-01-01", null)]
    [InlineData("1. kvartal 2017 (og frem)", TimeframeKind.Period, "2017-01-01", null)]
    [InlineData("Efterår 2016 (og frem)", TimeframeKind.Period, "2016-09-01", null)]
    [InlineData("Løbende", TimeframeKind.Ongoing, null, null)]
    [InlineData("Start forår 2016", TimeframeKind.Period, "2016-03-01", null)]
    [InlineData("4 gange årligt", TimeframeKind.Ongoing, null, null)]
    [InlineData("2 gange årligt", TimeframeKind.Ongoing, null, null)]
    [InlineData("Fortløbende", TimeframeKind.Ongoing, null, null)]
    [InlineData("Forår 2016", TimeframeKind.Period, "2016-03-01", "2016-05-31")]
    [InlineData("Løbende hvert år", TimeframeKind.Ongoing, null, null)]
    [InlineData("2019/20", TimeframeKind.Period, "2019-08-01", "2020-07-31")]
    [InlineData("2016", TimeframeKind.Period, "2016-01-01", "2016-12-31")]
    [InlineData("2016-17", TimeframeKind.Period, "2016-08-01", "2017-07-31")]
    [InlineData("Forår 2017", TimeframeKind.Period, "2017-03-01", "2017-05-31")]
    [InlineData("Er påbegyndt. Afsluttes ultimo \n2017", TimeframeKind.Started, null, "2017-12-31")]
    [InlineData("Omorganiseres fra medio 2017", TimeframeKind.Period, "2017-06-01", null)]
    [InlineData("Er igangsat", TimeframeKind.Started, null, null)]
    [InlineData("Der udbydes igen diplommoduler i 2017", TimeframeKind.Period, "2017-01-01", "2017-12-31")]
    [InlineData("Medio 2016 -2020", TimeframeKind.Period, "2016-06-01", "2020-12-31")]
    [InlineData("2016 - ", TimeframeKind.Period, "2016-01-01", null)]
    [InlineData("Er påbegyndt - afsluttes medio \n2019", TimeframeKind.Started, null, "2019-07-31")]
    [InlineData("Første Kvartal 2017", TimeframeKind.Period, "2017-01-01", "2017-03-31")]
    [InlineData("Efterår 2017", TimeframeKind.Period, "2017-09-01", "2017-11-30")]
    [InlineData("Er igangsat \n\nAfsluttes december 2017", TimeframeKind.Started, null, "2017-12-31")]
    [InlineData(" Fra skoleåret 2017-18   ", TimeframeKind.Period, "2017-08-01", null)]
    [InlineData("Påbegyndes 2016", TimeframeKind.Period, "2016-01-01", null)]
    [InlineData("Medio 2017", TimeframeKind.Period, "2017-06-01", "2017-07-31")]
    [InlineData("2011 – 2015", TimeframeKind.Period, "2011-01-01", "2015-12-31")]
    [InlineData("2019-2023", TimeframeKind.Period, "2019-01-01", "2023-12-31")]
    [InlineData("med udgangen af 2017", TimeframeKind.Period, null, "2017-12-31")]
    [InlineData("med udgangen af 2016", TimeframeKind.Period, null, "2016-12-31")]
    [InlineData("Inden udgangen af 2016", TimeframeKind.Period, null, "2016-12-31")]
    [InlineData("inden udgangen \naf år 2020", TimeframeKind.Period, null, "2020-12-31")]
    [InlineData("senest ved udgangen af skoleåret 2016-\n\n17", TimeframeKind.Period, null, "2017-07-31")]
    [InlineData("i skoleåret 2017/18", TimeframeKind.Period, "2017-08-01", "2018-07-31")]
    [InlineData("2018/19", TimeframeKind.Period, "2018-08-01", "2019-07-31")]
    [InlineData("2020/21", TimeframeKind.Period, "2020-08-01", "2021-07-31")]
    [InlineData("2021/22", TimeframeKind.Period, "2021-08-01", "2022-07-31")]
    [InlineData("2022/23", TimeframeKind.Period, "2022-08-01", "2023-07-31")]
    [InlineData("januar 2022", TimeframeKind.Period, "2022-01-01", "2022-01-31")]
    [InlineData("august 2022", TimeframeKind.Period, "2022-08-01", "2022-08-31")]
    [InlineData("vil være afsluttet medio 2016", TimeframeKind.Period, null, "2016-07-31")]
    [InlineData("frem til 2016", TimeframeKind.Period, null, "2016-12-31")]
    [InlineData("i november måned 2016", TimeframeKind.Period, "2016-11-01", "2016-11-30")]
    [InlineData("hvert år i maj/juni", TimeframeKind.Ongoing, null, null)]
    [InlineData("halvårligt", TimeframeKind.Ongoing, null, null)]
    [InlineData("De to IT-miljøer udbygges løbende i perioden", TimeframeKind.Ongoing, null, null)]
    [InlineData("Læringsplatform er implementeret med udgangen af 2017", TimeframeKind.Period, null, "2017-12-31")]
    [InlineData("25/11 2015", TimeframeKind.Period, "2015-11-25", "2015-11-25")]
    [InlineData("1. august 2014", TimeframeKind.Period, "2014-08-01", "2014-08-01")]
    public void Every_timeframe_in_the_seed_documents_parses(string text, TimeframeKind kind, string? start, string? end)
    {
        AssertParsed(text, kind, start, end);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".")]
    [InlineData("Afventes")]
    [InlineData("Afventer KL -udmelding")]
    [InlineData("Nembørn videreføres frem til BPI indførelse")]
    [InlineData("Afventer 2017")]
    [InlineData("Ikke før 2018")]
    [InlineData("Udskudt til 2018")]
    [InlineData("snart")]
    [InlineData("i")]
    [InlineData("forår")]
    [InlineData("august")]
    [InlineData("kvartal 2017")]
    [InlineData("5. kvartal 2017")]
    [InlineData("tredje halvår 2017")]
    [InlineData("primo")]
    [InlineData("2017?")]
    [InlineData("17")]
    [InlineData("1234")]
    [InlineData("3000")]
    [InlineData("2020-2016")]
    [InlineData("2017/19")]
    [InlineData("2017-2018-2019x")]
    [InlineData("31. februar 2017")]
    [InlineData("2017-13-01")]
    [InlineData("32.01.2017")]
    [InlineData("skoleåret 2017")]
    [InlineData("inden jul 2017")]
    [InlineData("Der i gang sættes brug af video")]
    [InlineData("påbegyndt men stoppet")]
    [InlineData("kl. 14")]
    [InlineData("uge 34")]
    public void Text_that_is_not_understood_is_unparsed(string text)
    {
        var timeframe = TimeframeParser.Parse(text);

        Assert.Equal(TimeframeKind.Unparsed, timeframe.Kind);
        Assert.False(timeframe.IsParsed);
        Assert.Null(timeframe.Start);
        Assert.Null(timeframe.End);
        Assert.Equal(text, timeframe.Text);
    }

    [Fact]
    public void The_text_is_kept_exactly_as_written()
    {
        const string text = "  Ca. Medio 2017. ";

        var timeframe = TimeframeParser.Parse(text);

        Assert.Equal(text, timeframe.Text);
        Assert.True(timeframe.IsParsed);
    }

    [Fact]
    public void Odd_input_never_throws()
    {
        string[] inputs =
        [
            null!, new string('2', 5000), string.Concat(Enumerable.Repeat("i 2017 og ", 40)), "٢٠١٧", "9999",
            "0000-00-00", "99/99 9999", "\u0000", "fra fra fra 2017", "- 2017", "2017 - - 2018", "senest",
            string.Concat(Enumerable.Repeat("er påbegyndt. ", 14)),
        ];

        foreach (var input in inputs)
        {
            var timeframe = TimeframeParser.Parse(input);
            Assert.Equal(input ?? string.Empty, timeframe.Text);
        }
    }

    [Theory]
    [InlineData("2017", 2016, true)]
    [InlineData("2017", 2017, true)]
    [InlineData("2017", 2015, false)]
    [InlineData("2017", 2018, false)]
    [InlineData("medio 2017", 2016, true)]
    [InlineData("medio 2017", 2017, false)]
    [InlineData("efterår 2016", 2016, true)]
    [InlineData("efterår 2016", 2015, false)]
    [InlineData("fra skoleåret 2017-18", 2016, false)]
    [InlineData("fra skoleåret 2017-18", 2025, true)]
    [InlineData("senest 2018", 2010, true)]
    [InlineData("senest 2018", 2019, false)]
    [InlineData("løbende", 2016, true)]
    [InlineData("er påbegyndt", 2030, true)]
    [InlineData("er påbegyndt - afsluttes medio 2019", 2019, false)]
    [InlineData("Afventes", 2016, false)]
    public void Overlaps_answers_for_a_school_year(string text, int schoolYearStart, bool expected)
    {
        var timeframe = TimeframeParser.Parse(text);
        var year = new SchoolYear(schoolYearStart);

        Assert.Equal(expected, timeframe.Overlaps(year));
        Assert.Equal(expected, timeframe.Overlaps(year.FirstDay, year.LastDay));
    }

    [Fact]
    public void Overlaps_counts_both_ends_as_inclusive()
    {
        var timeframe = TimeframeParser.Parse("2017");

        Assert.True(timeframe.Overlaps(new DateOnly(2017, 12, 31), new DateOnly(2018, 6, 1)));
        Assert.True(timeframe.Overlaps(new DateOnly(2016, 1, 1), new DateOnly(2017, 1, 1)));
        Assert.False(timeframe.Overlaps(new DateOnly(2018, 1, 1), new DateOnly(2018, 6, 1)));
        Assert.False(timeframe.Overlaps(new DateOnly(2017, 6, 1), new DateOnly(2017, 5, 1)));
    }

    private static void AssertParsed(string text, TimeframeKind kind, string? start, string? end)
    {
        var timeframe = TimeframeParser.Parse(text);

        Assert.Equal(new Timeframe(text, kind, Day(start), Day(end)), timeframe);
        Assert.True(timeframe.IsParsed);
    }

    private static DateOnly? Day(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
