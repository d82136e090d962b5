namespace DigitalStrategy.Theme;

/// <summary>The theme's static files (CSS, images), embedded in the assembly and written to output/assets/.</summary>
public static class ThemeAssets
{
    private const string Prefix = "assets/";

    /// <summary>Each asset as its path under the output folder and its bytes, in a stable order.</summary>
    public static IEnumerable<(string OutputPath, byte[] Content)> All()
    {
        var assembly = typeof(ThemeAssets).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            yield return (name.Replace('\\', '/'), buffer.ToArray());
        }
    }
}
