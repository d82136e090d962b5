using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>Settings from input/site.yml.</summary>
public sealed record SiteSettings(
    string Title,
    string? Description,
    string? BaseUrl,
    string? Publisher,
    AccessibilityStatement Accessibility,
    SourceLocation Source);

/// <summary>The whole content of a build.</summary>
/// <param name="Themes">The shared themes of input/themes.yml.</param>
/// <param name="Glossary">The shared glossary of input/glossary.yml.</param>
public sealed record Site(
    SiteSettings Settings,
    ImmutableArray<Theme> Themes,
    ImmutableArray<GlossaryTerm> Glossary,
    ImmutableArray<Municipality> Municipalities)
{
    public IEnumerable<Strategy> Strategies => Municipalities.SelectMany(m => m.Strategies);

    public Theme? FindTheme(string id) => Themes.FirstOrDefault(t => t.Id == id);
}

/// <summary>A kommune, with its strategies.</summary>
public sealed record Municipality(
    string Id,
    string Name,
    RichText? Description,
    ImmutableArray<Institution> Institutions,
    ImmutableArray<Strategy> Strategies,
    SourceLocation Source)
{
    public Institution? FindInstitution(string id) => Institutions.FirstOrDefault(i => i.Id == id);
}
