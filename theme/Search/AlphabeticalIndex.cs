using System.Globalization;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Theme.Search;

/// <summary>One goal or action in the A–Z index.</summary>
public sealed record IndexEntry(string Title, string Url, SearchKind Kind, string Municipality);

/// <summary>The entries under one letter; numbers and signs come first, under "0–9".</summary>
public sealed record IndexLetter(string Letter, string Anchor, IReadOnlyList<IndexEntry> Entries);

/// <summary>Every goal and action of the site in Danish alphabetical order (… X, Y, Z, Æ, Ø, Å), grouped by letter.</summary>
public static class AlphabeticalIndex
{
    private const string Danish = "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ";
    private static readonly StringComparer Order = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true);

    public static IReadOnlyList<IndexLetter> Of(Site site)
    {
        var entries = site.Municipalities.SelectMany(m => m.Strategies.SelectMany(s =>
            s.Goals.Select(g => new IndexEntry(g.Title, SiteRoutes.Goal(s, g), SearchKind.Goal, m.Name))
                .Concat(s.Actions.Select(a => new IndexEntry(SearchTitles.Of(a), SiteRoutes.Action(s, a), SearchKind.Action, m.Name)))));
        return entries
            .GroupBy(e => LetterOf(e.Title))
            .OrderBy(g => g.Key == "" ? -1 : Danish.IndexOf(g.Key, StringComparison.Ordinal))
            .Select(g => new IndexLetter(
                g.Key == "" ? "0–9" : g.Key,
                g.Key == "" ? "tal" : Anchor(g.Key),
                [.. g.OrderBy(e => e.Title, Order).ThenBy(e => e.Municipality, Order)]))
            .ToList();
    }

    /// <summary>The letter a title is filed under; empty for titles that begin with a number or sign.</summary>
    private static string LetterOf(string title)
    {
        var first = title.TrimStart().FirstOrDefault();
        var letter = char.ToUpper(first, CultureInfo.GetCultureInfo("da-DK")).ToString();
        return Danish.Contains(letter, StringComparison.Ordinal) ? letter : "";
    }

    private static string Anchor(string letter) => letter switch
    {
        "Æ" => "bogstav-ae",
        "Ø" => "bogstav-oe",
        "Å" => "bogstav-aa",
        _ => $"bogstav-{letter.ToLowerInvariant()}",
    };
}
