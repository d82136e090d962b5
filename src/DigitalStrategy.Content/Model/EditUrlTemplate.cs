namespace DigitalStrategy.Content.Model;

/// <summary>
/// The address of the page where an editor changes a source file, from site.yml's edit_url, e.g.
/// "https://github.com/kommune/strategier/edit/main/input/{path}".
/// </summary>
public sealed record EditUrlTemplate(string Template)
{
    /// <summary>What stands for the file's path relative to the input folder.</summary>
    public const string PathPlaceholder = "{path}";

    /// <summary>The address for one file, its path relative to the input folder with forward slashes.</summary>
    public string For(string relativePath) =>
        Template.Replace(PathPlaceholder, string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString)), StringComparison.Ordinal);
}
