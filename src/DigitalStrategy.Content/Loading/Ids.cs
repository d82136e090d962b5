using System.Text.RegularExpressions;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Loading;

/// <summary>Ids become parts of addresses, so they are kept to a-z, 0-9 and hyphens.</summary>
public static partial class Ids
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    /// <summary>Reports an id that cannot be used in an address, with the fix spelled out.</summary>
    public static bool Check(string id, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (IsValid(id))
        {
            return true;
        }

        diagnostics.Error(location, DiagnosticCodes.InvalidId,
            $"'{id}' kan ikke bruges som id. Brug kun små bogstaver a-z, tal og bindestreg " +
            $"(skriv æ, ø og å som ae, oe og aa), fx '{Suggest(id)}'.");
        return false;
    }

    /// <summary>Reports a municipality or strategy folder whose name cannot be an id.</summary>
    public static bool CheckFolder(string folder, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (IsValid(folder) && !ReservedFolders.Contains(folder))
        {
            return true;
        }

        var reserved = string.Join(", ", ReservedFolders.Order().Select(f => $"'{f}'"));
        var suggestion = Suggest(folder);

        // A reserved name is already a valid id, so suggesting its own spelling would not help.
        diagnostics.Error(location, DiagnosticCodes.InvalidId, ReservedFolders.Contains(suggestion)
            ? $"Mappen '{folder}' kan ikke bruges, for sitet bruger selv adressen /{suggestion}/. Omdøb mappen til et andet navn, " +
              $"fx kommunens eller strategiens navn (ikke {reserved})."
            : $"Mappen '{folder}' kan ikke bruges, for mappens navn bliver en del af adressen. Omdøb mappen til fx '{suggestion}' " +
              $"(kun små bogstaver a-z, tal og bindestreg; ikke {reserved}).");
        return false;
    }

    /// <summary>
    /// Addresses the site itself uses (theme/Routing/SiteRoutes.cs), at the top or, like
    /// "institutioner", inside a municipality, so no municipality or strategy folder may have these names.
    /// </summary>
    private static readonly HashSet<string> ReservedFolders =
        new(StringComparer.Ordinal) { "assets", "data", "institutioner", "ordforklaring", "oversigt", "pagefind", "redaktion", "soeg", "temaer", "tilgaengelighedserklaering", "was" };

    /// <summary>An id an editor could use instead: "Pædagogisk sigte" becomes "paedagogisk-sigte".</summary>
    public static string Suggest(string text)
    {
        var lowered = text.ToLowerInvariant().Replace("æ", "ae").Replace("ø", "oe").Replace("å", "aa");
        var slug = NonSlug().Replace(lowered, "-").Trim('-');
        return slug.Length == 0 ? "mit-id" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
