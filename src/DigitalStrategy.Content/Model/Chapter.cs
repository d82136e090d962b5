using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>A chapter of prose, from a Markdown file with front matter.</summary>
/// <param name="AppendixNumber">Set when the chapter is one of the document's appendices ("Bilag 2").</param>
public sealed record Chapter(string Id, string Title, string? Summary, int? AppendixNumber, RichText Body, SourceLocation Source)
{
    public bool IsAppendix => AppendixNumber is not null;

    /// <summary>The date the editor wrote in 'updated', which "Sidst opdateret" shows instead of the file's last commit.</summary>
    public DateOnly? Updated { get; init; }
}
