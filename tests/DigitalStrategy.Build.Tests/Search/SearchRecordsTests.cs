using DigitalStrategy.Build.Search;
using DigitalStrategy.Build.Tests.Support;
using DigitalStrategy.Theme.Search;

namespace DigitalStrategy.Build.Tests.Search;

/// <summary>The search records of the real input: what a parent's search can find, and how it can be filtered.</summary>
[Collection(RealSiteCollection.Name)]
public sealed class SearchRecordsTests(RealSite site)
{
    private IReadOnlyList<SearchRecord> Records => records ??= SearchRecords.Of(site.Model);

    private static IReadOnlyList<SearchRecord>? records;

    [Fact]
    public void Every_goal_action_chapter_and_glossary_entry_is_a_result_of_its_own()
    {
        var model = site.Model;
        Assert.Equal(model.Strategies.Sum(s => s.Goals.Count()), Records.Count(r => r.Kind == SearchKind.Goal));
        Assert.Equal(model.Strategies.Sum(s => s.Actions.Count()), Records.Count(r => r.Kind == SearchKind.Action));
        Assert.Equal(
            model.Strategies.Sum(s => s.Chapters.Length + s.FocusAreas.Count(f => f.Introduction is not null || f.ActionsIntroduction is not null)),
            Records.Count(r => r.Kind == SearchKind.Chapter));
        Assert.Equal(model.Glossary.Length + model.Strategies.Sum(s => s.Glossary.Length), Records.Count(r => r.Kind == SearchKind.GlossaryEntry));
        Assert.Equal(Records.Count, Records.Select(r => r.Url).Distinct().Count());
    }

    [Fact]
    public void Every_result_leads_to_a_written_page_and_anchor()
    {
        Assert.All(Records, record =>
        {
            var (path, fragment) = record.Url.Split('#') is [var p, var f] ? (p, f) : (record.Url, null);
            var page = site.Page(path);
            Assert.NotNull(page.QuerySelector("main"));
            if (fragment is not null)
            {
                Assert.True(page.GetElementById(fragment) is not null, $"{record.Url} has no element with id '{fragment}'.");
            }
        });
    }

    [Fact]
    public void Records_hold_the_entity_text_and_not_the_navigation_around_it()
    {
        Assert.All(Records, record =>
        {
            Assert.DoesNotContain("Gå til indholdet", record.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Tilgængelighedserklæring", record.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Forside", record.Text, StringComparison.Ordinal);
        });
        var microbit = Assert.Single(Records, r => r.Kind == SearchKind.Action && r.Url.EndsWith("/bilag/2021-22/#" + IdOfMicrobit("2021-22"), StringComparison.Ordinal));
        Assert.Contains("micro", microbit.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("platform", "læringsplatform")]
    [InlineData("platform", "samarbejdsplatform")]
    [InlineData("portal", "fagportaler")]
    [InlineData("portal", "forældreportal")]
    [InlineData("udvikling", "kompetenceudvikling")]
    public void Compounds_of_the_real_texts_are_searchable_by_their_later_part(string part, string compound)
    {
        var holders = Records.Where(r => CompoundSplitter.Words(r.Text).Contains(compound)).ToList();
        Assert.NotEmpty(holders);
        Assert.All(holders, r => Assert.True(
            r.CompoundParts.Any(p => p.StartsWith(part, StringComparison.Ordinal)) || CompoundSplitter.Words(r.Text).Contains(part),
            $"{r.Url}: '{compound}' is not findable by '{part}'."));
    }

    [Fact]
    public void The_prose_of_a_focus_area_is_found_like_a_chapter()
    {
        var herning = Records.Where(r => r.Kind == SearchKind.Chapter && r.Text.Contains("Meebook er valgt som læringsplatform", StringComparison.Ordinal)).ToList();
        var record = Assert.Single(herning);
        Assert.StartsWith("/herning/", record.Url, StringComparison.Ordinal);
        Assert.Equal("Herning Kommune", record.Filters[SearchFacet.Municipality].Single());
    }

    [Fact]
    public void Actions_of_an_appendix_carry_its_school_year_and_goals_carry_none()
    {
        var appendixActions = Records.Where(r => r.Url.Contains("/lemvig/digitaliseringsplan/bilag/2021-22/#", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(appendixActions);
        Assert.All(appendixActions, r => Assert.Contains("2021/22", r.Filters[SearchFacet.SchoolYear]));
        Assert.All(Records.Where(r => r.Kind == SearchKind.Goal), r => Assert.False(r.Filters.ContainsKey(SearchFacet.SchoolYear)));
        Assert.All(
            Records.Where(r => r.Filters.TryGetValue(SearchFacet.SchoolYear, out var years) && years.Contains("2021/22")),
            r => Assert.Equal("Lemvig Kommune", r.Filters[SearchFacet.Municipality].Single()));
    }

    [Fact]
    public void Every_filter_value_of_a_record_is_one_the_search_page_offers()
    {
        var offered = SearchFacets.Of(site.Model).ToDictionary(f => f.Facet, f => f.Values.ToHashSet(StringComparer.Ordinal));
        Assert.All(Records, record =>
        {
            foreach (var (facet, values) in record.Filters)
            {
                Assert.All(values, v => Assert.Contains(v, offered[facet]));
            }
        });
    }

    [Fact]
    public void Actions_are_named_by_their_first_sentence_and_two_actions_never_share_a_name_in_one_strategy()
    {
        var duplicates = Records.Where(r => r.Kind == SearchKind.Action)
            .GroupBy(r => (Strategy: r.Filters[SearchFacet.Strategy][0], r.Context, r.Title))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Strategy}: {g.Key.Title}")
            .ToList();
        Assert.Empty(duplicates);
    }

    private string IdOfMicrobit(string year) =>
        site.Model.Municipalities.Single(m => m.Id == "lemvig").FindStrategy("digitaliseringsplan")!.Appendices
            .Single(a => a.Id == year).Actions.First(a => a.Text.Markdown.Contains("micro", StringComparison.OrdinalIgnoreCase)).Id;
}
