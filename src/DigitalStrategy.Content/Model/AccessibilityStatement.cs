using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>How far the site meets the accessibility law (webtilgængelighedsloven).</summary>
public enum ComplianceStatus
{
    /// <summary>"fuldt": fully in accordance with WCAG 2.1 AA.</summary>
    Full,

    /// <summary>"delvist": partly, for the reasons listed as known issues.</summary>
    Partial,

    /// <summary>"ikke": not in accordance.</summary>
    None,
}

/// <summary>Something on the site that is not accessible yet, and what a reader can do instead.</summary>
public sealed record KnownIssue(string Title, RichText Description, string? Criterion);

/// <summary>
/// The tilgængelighedserklæring from site.yml's `accessibility` section, in the form the law and
/// the Agency for Digital Government's template ask for.
/// </summary>
public sealed record AccessibilityStatement(
    string Organisation,
    string Email,
    string Phone,
    ComplianceStatus Status,
    ImmutableArray<KnownIssue> KnownIssues,
    RichText Evaluation,
    DateOnly Reviewed,
    SourceLocation ReviewedSource)
{
    /// <summary>The law asks for a yearly review; an older statement is reported to the editor.</summary>
    public bool IsStale(DateOnly today) => Reviewed.AddYears(1) < today;
}
