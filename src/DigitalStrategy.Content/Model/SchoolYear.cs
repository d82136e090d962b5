using System.Globalization;
using System.Text.RegularExpressions;

namespace DigitalStrategy.Content.Model;

/// <summary>
/// A Danish school year, written "2021/22": from 1 August 2021 to 31 July 2022.
/// </summary>
public readonly partial record struct SchoolYear(int StartYear) : IComparable<SchoolYear>
{
    public int EndYear => StartYear + 1;

    public DateOnly FirstDay => new(StartYear, 8, 1);

    public DateOnly LastDay => new(EndYear, 7, 31);

    /// <summary>"2021-22": the form used in addresses and file names.</summary>
    public string Slug => $"{StartYear}-{EndYear % 100:00}";

    public SchoolYear Previous => new(StartYear - 1);

    public bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;

    public static SchoolYear Containing(DateOnly day) => new(day.Month >= 8 ? day.Year : day.Year - 1);

    /// <summary>Accepts "2021/22" (the written form) and "2021-22"; the second year must follow the first.</summary>
    public static bool TryParse(string? text, out SchoolYear year)
    {
        year = default;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var end = int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture);
        if ((start + 1) % 100 != end || start < 1900 || start > 2200)
        {
            return false;
        }

        year = new SchoolYear(start);
        return true;
    }

    public int CompareTo(SchoolYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() => $"{StartYear}/{EndYear % 100:00}";

    [GeneratedRegex(@"^(?<start>\d{4})[/-](?<end>\d{2})$")]
    private static partial Regex Pattern();
}
