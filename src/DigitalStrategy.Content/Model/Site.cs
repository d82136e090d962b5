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
public sealed record Site(SiteSettings Settings, ImmutableArray<Municipality> Municipalities)
{
    public IEnumerable<Strategy> Strategies => Municipalities.SelectMany(m => m.Strategies);
}

/// <summary>A kommune, with its strategies.</summary>
public sealed record Municipality(
    string Id,
    string Name,
    RichText? Description,
    ImmutableArray<Strategy> Strategies,
    SourceLocation Source);
