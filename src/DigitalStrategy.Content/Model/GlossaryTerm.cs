using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>
/// A word explained for readers: from the shared glossary (input/glossary.yml) or from a strategy's
/// own word list (its glossary.yml, e.g. Herning's "Ordforklaring").
/// </summary>
/// <param name="Id">The anchor of the entry on its glossary page, made from the term.</param>
/// <param name="Expansion">What an abbreviation stands for, e.g. "Brugerportalsinitiativet" for "BPI".</param>
/// <param name="Aliases">Other ways the term is written, e.g. "Unilogin" for "UNI-Login".</param>
public sealed record GlossaryTerm(
    string Id, string Term, string? Expansion, RichText Definition, ImmutableArray<string> Aliases, SourceLocation Source)
{
    /// <summary>Every way the term is written in a text: the term, its expansion and its aliases.</summary>
    public IEnumerable<string> Forms => Expansion is null ? [Term, .. Aliases] : [Term, Expansion, .. Aliases];

    /// <summary>
    /// The title of an &lt;abbr&gt; for <paramref name="form"/>: the expansion, when the form is an
    /// abbreviation and the editor wrote one; otherwise none.
    /// </summary>
    public string? ExpansionOf(string form) => IsAbbreviation(form) ? Expansion : null;

    /// <summary>
    /// Whether a word is written as an abbreviation: at least two letters and no small ones
    /// ("PLC", "KOMBIT", "CFU VIA UC"; not "Aula" or "UNI-Login"). Abbreviations are matched in
    /// text with their capitals, so "KL" is not found in "kl. 8".
    /// </summary>
    public static bool IsAbbreviation(string form) =>
        form.Count(char.IsLetter) >= 2 && !form.Any(char.IsLower);
}
