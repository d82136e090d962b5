namespace DigitalStrategy.Content.Parsing;

/// <summary>Suggests the field an editor probably meant when a field name is misspelt.</summary>
internal static class FieldNames
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var candidates = known.Order(StringComparer.Ordinal).ToList();

        // Editors often shorten a long id ("digitale-platforme" for "digitale-platforme-udnyttes-optimalt").
        var extended = candidates.Where(c => c.StartsWith(typed, StringComparison.Ordinal) && typed.Length >= 4).ToList();
        if (extended.Count == 1)
        {
            return extended[0];
        }

        foreach (var candidate in candidates)
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= Math.Max(2, typed.Length / 3) ? best : null;
    }

    /// <summary>Levenshtein distance; field names are short, so the quadratic table is fine.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
