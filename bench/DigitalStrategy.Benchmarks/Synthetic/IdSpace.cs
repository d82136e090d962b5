using System.Globalization;
using System.Text;

namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>
/// Hands out ids that follow the content model's rules (a-z, 0-9 and single hyphens, æ/ø/å as
/// ae/oe/aa) and are unique in one namespace: a strategy's chapters, focus areas, goals and
/// actions share one, as do a municipality's institutions and the site's municipalities.
/// </summary>
public sealed class IdSpace
{
    /// <summary>Words the site uses in its own addresses (ReferenceValidator.ReservedIds and the reserved folder names).</summary>
    private static readonly string[] Reserved =
    [
        "maal", "bilag", "print", "data", "soeg", "temaer", "assets", "ordforklaring", "tidslinje", "skoleaar",
        "institutioner", "tilgaengelighedserklaering", "was", "oversigt", "redaktion",
    ];

    private readonly HashSet<string> _taken = new(Reserved, StringComparer.Ordinal);

    /// <summary>An id made from the first <paramref name="maxWords"/> words of a text, numbered when it is already taken.</summary>
    public string Claim(string text, int maxWords = 5)
    {
        var slug = Slug(text, maxWords);
        var id = slug;
        for (var n = 2; !_taken.Add(id); n++)
        {
            id = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return id;
    }

    public static string Slug(string text, int maxWords = int.MaxValue)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var spelled = c switch { 'æ' => "ae", 'ø' => "oe", 'å' => "aa", 'é' => "e", _ => char.IsAsciiLetterOrDigit(c) ? c.ToString() : null };
            if (spelled is not null)
            {
                word.Append(spelled);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        var slug = string.Join('-', words.Take(maxWords));
        return slug.Length > 0 ? slug : "x";
    }
}
