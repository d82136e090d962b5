namespace DigitalStrategy.Content.Diagnostics;

/// <summary>A place in a source file. Line and column are 1-based, as editors count them.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
