using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

public sealed class FocusAreaLoaderTests
{
    [Fact]
    public void A_goal_without_title_is_reported_at_the_goal()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                explanation: Det betyder, at ledelsen bruger data.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.MissingField, SampleInput.FocusArea2, 4, 5);
        Assert.Contains("'title'", diagnostic.Message);
        Assert.Contains("title: ...", diagnostic.Message);
    }

    [Fact]
    public void A_goal_with_an_empty_title_is_reported_at_the_empty_value()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: ""
            """)));

        run.Expect(DiagnosticCodes.MissingField, SampleInput.FocusArea2, 5, 12);
    }

    [Fact]
    public void A_focus_area_without_id_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.MissingField, SampleInput.FocusArea2, 1, 1);
        Assert.Contains("'id'", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_target_group_is_reported_at_the_word_with_the_known_ones()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            target_groups: [medarbejdere, bedsteforældre]
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidValue, SampleInput.FocusArea2, 3, 31);
        Assert.Contains("'bedsteforældre'", diagnostic.Message);
        Assert.Contains("børn, unge, medarbejdere, forældre, ledere", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_target_group_of_a_goal_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
                target_groups:
                  - lærere
            """)));

        run.Expect(DiagnosticCodes.InvalidValue, SampleInput.FocusArea2, 7, 9);
    }

    [Fact]
    public void Target_groups_are_read_regardless_of_case()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            target_groups: [Forældre, LEDERE]
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
            """)));

        run.ExpectNoErrors();
        Assert.Equal<TargetGroup>([TargetGroup.Parents, TargetGroup.Leaders], run.Strategy.FocusAreas[1].TargetGroups);
    }

    [Fact]
    public void A_goal_with_a_misspelt_target_groups_field_gets_target_groups_suggested()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
                target_group: [ledere]
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownField, SampleInput.FocusArea2, 6, 5);
        Assert.Contains("Mente du 'target_groups'?", diagnostic.Message);
    }

    [Theory]
    [InlineData("Nysgerrig-Omgang", "nysgerrig-omgang")]
    [InlineData("lærende-fællesskaber", "laerende-faellesskaber")]
    [InlineData("børn og unge", "boern-og-unge")]
    public void A_goal_id_that_cannot_be_an_address_is_reported_with_a_suggested_slug(string id, string suggestion)
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, $"""
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: {id}
                title: Ledelsen bruger data.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidId, SampleInput.FocusArea2, 4, 9);
        Assert.Contains($"'{id}'", diagnostic.Message);
        Assert.Contains($"fx '{suggestion}'", diagnostic.Message);
    }

    [Fact]
    public void A_focus_area_id_with_danish_letters_is_reported_with_a_suggested_slug()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea1, """
            id: pædagogisk-sigte
            title: Pædagogisk sigte
            goals:
              - id: nysgerrig-omgang
                title: Nysgerrig omgang
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidId, SampleInput.FocusArea1, 1, 5);
        Assert.Contains("'paedagogisk-sigte'", diagnostic.Message);
    }

    [Fact]
    public void An_action_id_in_uppercase_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
            actions:
              - id: Dashboard
                text: Vi laver et dashboard.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidId, SampleInput.FocusArea2, 7, 9);
        Assert.Contains("'dashboard'", diagnostic.Message);
    }

    [Fact]
    public void An_action_without_text_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
            actions:
              - id: dashboard
                goals: [datainformeret-ledelse]
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.MissingField, SampleInput.FocusArea2, 7, 5);
        Assert.Contains("'text'", diagnostic.Message);
    }

    [Fact]
    public void A_focus_area_without_goals_and_actions_gives_a_warning()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            """)));

        run.Expect(DiagnosticCodes.EmptyContent, SampleInput.FocusArea2, 1, 1, Severity.Warning);
        run.ExpectNoErrors();
    }

    [Fact]
    public void A_goal_written_as_a_plain_line_instead_of_fields_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - Ledelsen bruger data.
            """)));

        run.Expect(DiagnosticCodes.InvalidValue, SampleInput.FocusArea2, 4, 5);
    }
}
