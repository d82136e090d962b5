using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Theme.Search;

/// <summary>
/// How goals and actions are named in search results and in the A–Z index, so a reader
/// recognises the same thing in both.
/// </summary>
public static class SearchTitles
{
    private const int ActionTitleLength = 90;

    public static string Of(Goal goal) => goal.Number is { } number ? $"{number} {goal.Title}" : goal.Title;

    /// <summary>An action has no title of its own: it is named by its first sentence, shortened.</summary>
    public static string Of(StrategyAction action) => Page.Shorten(FirstSentence(action.Text.PlainText), ActionTitleLength);

    /// <summary>Up to the first full stop that a capital letter follows, so "hhv. skole" does not end it.</summary>
    private static string FirstSentence(string text)
    {
        for (var i = text.IndexOf(". ", StringComparison.Ordinal); i > 0; i = text.IndexOf(". ", i + 1, StringComparison.Ordinal))
        {
            if (i + 2 < text.Length && char.IsUpper(text[i + 2]))
            {
                return text[..(i + 1)];
            }
        }

        return text;
    }
}
