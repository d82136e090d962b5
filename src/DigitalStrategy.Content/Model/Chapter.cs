using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>A chapter of prose, from a Markdown file with front matter.</summary>
public sealed record Chapter(string Id, string Title, string? Summary, RichText Body, SourceLocation Source);
