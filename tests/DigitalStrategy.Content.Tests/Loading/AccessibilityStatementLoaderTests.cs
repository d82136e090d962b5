using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

public sealed class AccessibilityStatementLoaderTests
{
    private const string Site = "title: Digitale strategier\n";

    [Fact]
    public void Every_fact_of_the_statement_is_read()
    {
        var statement = ContentRun.Of(SampleInput.Files()).LoadedSite.Settings.Accessibility;

        Assert.Equal("Redaktionen", statement.Organisation);
        Assert.Equal("tilgaengelighed@example.dk", statement.Email);
        Assert.Equal("+45 12 34 56 78", statement.Phone);
        Assert.Equal(ComplianceStatus.Partial, statement.Status);
        Assert.Equal(new DateOnly(2026, 11, 1), statement.Reviewed);
        Assert.Contains("automatisk", statement.Evaluation.Html, StringComparison.Ordinal);
        var issue = Assert.Single(statement.KnownIssues);
        Assert.Equal(("Lange ord", "1.4.10"), (issue.Title, issue.Criterion));
    }

    [Fact]
    public void A_site_without_an_accessibility_section_is_reported_because_the_law_requires_a_statement()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Site, Site)));

        var diagnostic = run.Expect(DiagnosticCodes.MissingField, SampleInput.Site, 1, 1);
        Assert.Contains("'accessibility'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(run.Site);
    }

    [Theory]
    [InlineData("email: tilgaengelighed", 4, "e-mailadresse")]
    [InlineData("phone: ring til os", 5, "telefonnummer")]
    [InlineData("status: næsten", 6, "'fuldt', 'delvist' eller 'ikke'")]
    [InlineData("reviewed: 21-11-2026", 7, "år-måned-dag")]
    public void A_wrong_value_is_reported_at_its_line_with_an_example(string line, int lineNumber, string hint)
    {
        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        var yaml = string.Join('\n', StatementLines().Select(l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal) ? "  " + line : l));

        var run = ContentRun.Of(SampleInput.With((SampleInput.Site, Site + yaml)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidValue, SampleInput.Site, lineNumber);
        Assert.Contains(hint, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_contact_is_reported_and_a_misspelt_field_gets_a_suggestion()
    {
        var yaml = string.Join('\n', StatementLines().Where(l => !l.Contains("phone:", StringComparison.Ordinal)))
            .Replace("evaluation:", "evalution:", StringComparison.Ordinal);

        var run = ContentRun.Of(SampleInput.With((SampleInput.Site, Site + yaml)));

        Assert.Contains(run.Errors, d => d.Code == DiagnosticCodes.MissingField && d.Message.Contains("'phone'", StringComparison.Ordinal));
        Assert.Contains(run.Errors, d => d.Code == DiagnosticCodes.UnknownField && d.Message.Contains("Mente du 'evaluation'?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_issue_with_a_criterion_that_is_not_a_WCAG_number_is_reported()
    {
        var yaml = SampleInput.Accessibility.Replace("criterion: 1.4.10", "criterion: reflow", StringComparison.Ordinal);

        var run = ContentRun.Of(SampleInput.With((SampleInput.Site, Site + yaml)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidValue, SampleInput.Site, 11);
        Assert.Contains("1.4.10", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-01", "2027-11-01", false)]
    [InlineData("2026-11-01", "2027-11-02", true)]
    public void A_statement_is_stale_when_its_review_is_more_than_a_year_old(string reviewed, string today, bool stale)
    {
        var statement = ContentRun.Of(SampleInput.Files()).LoadedSite.Settings.Accessibility with { Reviewed = DateOnly.Parse(reviewed, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(stale, statement.IsStale(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The sample's accessibility section, one line per element, starting at line 2 of site.yml.</summary>
    private static string[] StatementLines() => SampleInput.Accessibility.Split('\n');
}
