using System.Text;

namespace DigitalStrategy.Preview.Tests.Support;

/// <summary>An input folder (and a theme folder) in a temporary directory that a test edits like an editor would.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite(IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }

        Directory.CreateDirectory(Theme);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "ds-preview-" + Guid.NewGuid().ToString("N"));

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string PathOf(string relative) => Path.Combine(Input, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    public void Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
