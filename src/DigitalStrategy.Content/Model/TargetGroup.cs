namespace DigitalStrategy.Content.Model;

/// <summary>Who a goal is for. Editors write the Danish word; the site shows it.</summary>
public enum TargetGroup
{
    Children,
    YoungPeople,
    Staff,
    Parents,
    Leaders,
}

public static class TargetGroups
{
    private static readonly (TargetGroup Group, string Written, string Label)[] All =
    [
        (TargetGroup.Children, "børn", "Børn"),
        (TargetGroup.YoungPeople, "unge", "Unge"),
        (TargetGroup.Staff, "medarbejdere", "Medarbejdere"),
        (TargetGroup.Parents, "forældre", "Forældre"),
        (TargetGroup.Leaders, "ledere", "Ledere"),
    ];

    public static IEnumerable<string> WrittenForms => All.Select(g => g.Written);

    public static bool TryParse(string text, out TargetGroup group)
    {
        var written = text.Trim().ToLowerInvariant();
        foreach (var entry in All)
        {
            if (entry.Written == written)
            {
                group = entry.Group;
                return true;
            }
        }

        group = default;
        return false;
    }

    public static string Label(this TargetGroup group) => All.First(g => g.Group == group).Label;
}
