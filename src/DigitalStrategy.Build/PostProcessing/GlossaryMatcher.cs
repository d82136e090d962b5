using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Build.PostProcessing;

/// <summary>Where one way of writing a glossary term leads, and what its &lt;abbr&gt; says it stands for.</summary>
/// <param name="Href">The term's entry on its glossary page; also what tells two terms apart.</param>
/// <param name="AbbreviationTitle">The expansion, when the form is an abbreviation that has one.</param>
internal sealed record GlossaryForm(string Href, string? AbbreviationTitle);

/// <summary>One use of a glossary term in a text.</summary>
internal readonly record struct GlossaryMatch(int Index, int Length, GlossaryForm Form);

/// <summary>
/// Every way of writing the terms of one set of glossaries (the shared one, or a strategy's own list
/// before the shared one) compiled into one regular expression, so a page's text is searched once.
/// Words are matched whole: a letter or digit on either side means it is part of a longer word, so
/// "Aula" is not found in "Aulaen", but "PLC" is in "PLC-vejleder". Abbreviations ("PLC") match only
/// in capitals, other terms in any case. Where forms overlap, the longest wins.
/// </summary>
internal sealed class GlossaryMatcher
{
    private const string WordCharacter = @"[\p{L}\p{M}\p{N}]";

    private readonly Regex? _pattern;
    /// <summary>The form of each capture group: group n + 1 is form n.</summary>
    private readonly GlossaryForm[] _forms;

    private GlossaryMatcher(Regex? pattern, GlossaryForm[] forms)
    {
        _pattern = pattern;
        _forms = forms;
    }

    public bool IsEmpty => _pattern is null;

    /// <summary>
    /// Builds the matcher for glossaries given in order of precedence: a term of an earlier set
    /// hides every term of a later set that shares one of its ways of writing.
    /// </summary>
    public static GlossaryMatcher For(params IEnumerable<(GlossaryTerm Term, string Href)>[] sets)
    {
        var claimed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var forms = new List<(string Text, GlossaryForm Form)>();
        foreach (var set in sets)
        {
            var terms = set.Where(t => !t.Term.Forms.Any(f => claimed.Contains(Normalize(f)))).ToList();
            foreach (var (term, href) in terms)
            {
                foreach (var form in term.Forms.DistinctBy(Normalize, StringComparer.OrdinalIgnoreCase))
                {
                    claimed.Add(Normalize(form));
                    forms.Add((form, new GlossaryForm(href, term.ExpansionOf(form))));
                }
            }
        }

        if (forms.Count == 0)
        {
            return new GlossaryMatcher(null, []);
        }

        // Alternatives are tried in order, so the longest form comes first.
        forms.Sort((a, b) => b.Text.Length != a.Text.Length
            ? b.Text.Length.CompareTo(a.Text.Length)
            : string.CompareOrdinal(a.Text, b.Text));
        // No look-behind at the start: with one, the regex engine cannot search for the forms' first
        // letters quickly, and every page's text is searched. Matches inside a word are skipped in Matches.
        var pattern = new StringBuilder("(?:");
        for (var i = 0; i < forms.Count; i++)
        {
            var words = string.Join(@"\s+", forms[i].Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
            pattern.Append(i == 0 ? "" : "|")
                .Append(GlossaryTerm.IsAbbreviation(forms[i].Text) ? $"({words})" : $"((?i:{words}))");
        }

        pattern.Append($")(?!{WordCharacter})");
        var regex = new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new GlossaryMatcher(regex, forms.Select(f => f.Form).ToArray());
    }

    /// <summary>The uses of glossary terms in a text, left to right.</summary>
    public IEnumerable<GlossaryMatch> Matches(string text)
    {
        if (_pattern is null)
        {
            yield break;
        }

        var start = 0;
        while (start < text.Length)
        {
            var match = _pattern.Match(text, start);
            if (!match.Success)
            {
                yield break;
            }

            // Part of a longer word ("xAula"); a form may still start inside this match.
            if (match.Index > 0 && IsWordCharacter(text[match.Index - 1]))
            {
                start = match.Index + 1;
                continue;
            }

            for (var form = 0; form < _forms.Length; form++)
            {
                if (match.Groups[form + 1].Success)
                {
                    yield return new GlossaryMatch(match.Index, match.Length, _forms[form]);
                    break;
                }
            }

            start = match.Index + match.Length;
        }
    }

    /// <summary>A letter, mark or digit: what <see cref="WordCharacter"/> matches.</summary>
    private static bool IsWordCharacter(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static string Normalize(string form) =>
        string.Join(' ', form.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
