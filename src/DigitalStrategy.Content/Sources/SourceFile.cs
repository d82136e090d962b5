namespace DigitalStrategy.Content.Sources;

/// <summary>
/// A text file from input/. <see cref="RelativePath"/> uses forward slashes and is what the
/// loader matches against the source layout; <see cref="DisplayPath"/> is what diagnostics show.
/// </summary>
public sealed record SourceFile(string RelativePath, string DisplayPath, string Text);
