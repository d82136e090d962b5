namespace DigitalStrategy.Browser.Tests.Support;

/// <summary>The pages of a built site as the addresses a reader opens.</summary>
public static class SitePages
{
    /// <summary>Every HTML file as its served path; folder index pages as the folder ("/lemvig/"). Redirect
    /// stubs (a meta refresh for hosts without redirects) are left out: they are not pages to read.</summary>
    public static IReadOnlyList<string> In(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Where(file => !IsRedirectStub(file))
            .Select(file => "/" + Path.GetRelativePath(output, file).Replace('\\', '/'))
            .Select(path => path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static bool IsRedirectStub(string file) =>
        File.ReadAllText(file).Contains("http-equiv=\"refresh\"", StringComparison.OrdinalIgnoreCase);
}
