using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Schemas;

/// <summary>
/// One source file, written in place of its kind's file in <see cref="SampleInput"/>, with what the
/// loader says about it: no error (<paramref name="Expected"/> null) or an error with that code.
/// Its schema must say the same: valid, or invalid.
/// </summary>
/// <param name="Path">Where it goes in the sample input; its schema follows from the place.</param>
public sealed record SchemaExample(string Name, string Path, string Text, string? Expected)
{
    public string Schema => YamlSchemas.SchemaFor(Path) ?? throw new InvalidOperationException($"{Path} has no schema");

    /// <summary>The file name the schema script sees: chapters are read by their front matter.</summary>
    public string FileName => Name + (SourceLayout.IsMarkdown(Path) ? ".md" : ".yml");

    /// <summary>
    /// The sample input with this file in its place. A strategy.yml is tried without the appendices,
    /// whose categories would otherwise have to be in every example.
    /// </summary>
    public Dictionary<string, string> Input()
    {
        var files = Path == SampleInput.Strategy ? SampleInput.Without(SampleInput.Appendix2020, SampleInput.Appendix2021) : SampleInput.Files();
        files[Path] = Text;
        return files;
    }

    public override string ToString() => Name;
}
