using System.IO.Compression;
using AngleSharp.Html.Parser;
using DigitalStrategy.Benchmarks.Compare.Figures;

namespace DigitalStrategy.Benchmarks.Compare;

/// <summary>
/// What a goal page transfers on a first visit: its HTML, every stylesheet it links (print ones
/// too, which browsers download all the same) and every script it loads, raw and gzip-compressed
/// (level 6, CompressionLevel.Optimal, as a web server sends them).
/// </summary>
public static class GoalPageWeights
{
    private static readonly Uri Origin = new("http://site.invalid/");

    /// <summary>The median-sized and the largest goal page of a built site (paths .../maal/&lt;id&gt;/index.html).</summary>
    public static IReadOnlyList<PageWeight> Measure(string outputFolder)
    {
        var goals = Directory.EnumerateFiles(outputFolder, "index.html", SearchOption.AllDirectories)
            .Select(file => (File: file, Url: "/" + Path.GetRelativePath(outputFolder, Path.GetDirectoryName(file)!).Replace('\\', '/') + "/"))
            .Where(page => page.Url.Split('/', StringSplitOptions.RemoveEmptyEntries) is [.., "maal", _])
            .OrderBy(page => new FileInfo(page.File).Length)
            .ThenBy(page => page.Url, StringComparer.Ordinal)
            .ToList();
        if (goals.Count == 0)
        {
            throw new InvalidOperationException($"{outputFolder} has no goal pages (…/maal/<id>/index.html).");
        }

        return [Weigh("median", goals[goals.Count / 2].Url, outputFolder), Weigh("largest", goals[^1].Url, outputFolder)];
    }

    public static PageWeight Weigh(string label, string url, string outputFolder)
    {
        var html = File.ReadAllBytes(FileOf(url, outputFolder)!);
        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(html));
        var stylesheets = document.QuerySelectorAll("link[href]")
            .Where(link => (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("stylesheet", StringComparer.OrdinalIgnoreCase))
            .Select(link => Linked(url, link.GetAttribute("href")!, outputFolder))
            .ToList();
        var scripts = document.QuerySelectorAll("script[src]").Select(script => Linked(url, script.GetAttribute("src")!, outputFolder)).ToList();
        var page = new LinkedFile(url, html.LongLength, Gzipped(html), Found: true);
        return new PageWeight(label, url, page, stylesheets, scripts, document.QuerySelectorAll("script").Length > 0);
    }

    /// <summary>The size of <paramref name="bytes"/> compressed with gzip at its default level (6).</summary>
    public static long Gzipped(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return compressed.Length;
    }

    private static LinkedFile Linked(string pageUrl, string href, string outputFolder)
    {
        var address = new Uri(new Uri(Origin, pageUrl), href);
        if (address.Host != Origin.Host)
        {
            return new LinkedFile(href, 0, 0, Found: false);
        }

        var file = FileOf(Uri.UnescapeDataString(address.AbsolutePath), outputFolder);
        if (file is null || !File.Exists(file))
        {
            return new LinkedFile(address.AbsolutePath, 0, 0, Found: false);
        }

        var bytes = File.ReadAllBytes(file);
        return new LinkedFile(address.AbsolutePath, bytes.LongLength, Gzipped(bytes), Found: true);
    }

    private static string? FileOf(string path, string outputFolder)
    {
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var root = Path.GetFullPath(outputFolder);
        var file = Path.GetFullPath(Path.Combine(root, relative));
        return file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? file : null;
    }
}
