using DigitalStrategy.Theme.Search;

namespace DigitalStrategy.Build.Search;

/// <summary>
/// One result the site's search can find: a goal, an action, a chapter or a glossary entry, with
/// the address of its page and anchor, the plain text that is searched, and its filter values.
/// </summary>
/// <param name="Url">Root-relative address, with the anchor of an action or glossary entry.</param>
/// <param name="Context">Where the text stands, e.g. "Skoleåret 2021/22" or the focus area's title.</param>
/// <param name="Text">The words that are searched and shown in the excerpt, the title's among them.</param>
/// <param name="CompoundParts">
/// The later parts of the text's compound words ("platform" of "læringsplatform"), which are
/// searched too but never shown: the search matches the start of words, so only later parts need adding.
/// </param>
public sealed record SearchRecord(
    string Url,
    SearchKind Kind,
    string Title,
    string? Context,
    string Text,
    IReadOnlyList<string> CompoundParts,
    IReadOnlyDictionary<SearchFacet, IReadOnlyList<string>> Filters)
{
    /// <summary>
    /// Separates the shown text from the compound parts in what is indexed. The search page cuts
    /// the excerpt at it (theme/assets/search.js), so the two must agree.
    /// </summary>
    public const string PartsSeparator = "⁂";

    /// <summary>What Pagefind indexes: the text and, after the separator, the compound parts.</summary>
    public string IndexedContent => CompoundParts.Count == 0
        ? Text
        : $"{Text} {PartsSeparator} {string.Join(' ', CompoundParts)}";
}
