using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

/// <summary>Reads a focus area with its goals and the actions written under it.</summary>
internal static class FocusAreaLoader
{
    public static FocusArea? Load(SourceFile file, DiagnosticBag diagnostics)
    {
        var fields = YamlParser.ParseMapping(file, file.Text, 0, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var id = fields.RequiredString("id", "fokusområdets id (bruges i adressen)");
        var title = fields.RequiredString("title", "fokusområdets navn");
        var heading = fields.OptionalString("heading");
        var introduction = RichTexts.Block(fields.OptionalMarkdown("introduction"), diagnostics);
        var targetGroups = ReadTargetGroups(fields);
        var updated = UpdatedDates.Read(fields);
        var keywords = fields.StringList("keywords").Select(k => k.Value).ToImmutableArray();
        var focusAreaId = id ?? "";

        var goals = ValidItems.Of(fields.MappingList("goals"), g => GoalReader.Read(g, focusAreaId, targetGroups));
        var actionsIntroduction = RichTexts.Block(fields.OptionalMarkdown("actions_introduction"), diagnostics);
        var place = new ActionPlace.InFocusArea(focusAreaId);
        var actions = ValidItems.Of(fields.MappingList("actions"), a => ActionReader.Read(a, _ => place));
        fields.ReportUnknownFields();

        if (goals.IsEmpty && actions.IsEmpty)
        {
            fields.Warning(fields.Location, DiagnosticCodes.EmptyContent,
                "Fokusområdet har hverken mål ('goals') eller handlinger ('actions').");
        }

        var idIsValid = id is not null && Ids.Check(id, fields.LocationOf("id"), diagnostics);
        if (id is null || title is null || !idIsValid)
        {
            return null;
        }

        return new FocusArea(id, title, heading, introduction, targetGroups, keywords, goals, actionsIntroduction, actions, fields.LocationOf("id")) { Updated = updated };
    }

    internal static ImmutableArray<TargetGroup> ReadTargetGroups(MappingReader fields)
    {
        var groups = ImmutableArray.CreateBuilder<TargetGroup>();
        foreach (var written in fields.StringList("target_groups"))
        {
            if (TargetGroups.TryParse(written.Value, out var group))
            {
                groups.Add(group);
            }
            else
            {
                fields.Error(written.Location, DiagnosticCodes.InvalidValue,
                    $"Målgruppen '{written.Value}' kendes ikke. Brug en af: {string.Join(", ", TargetGroups.WrittenForms)}.");
            }
        }

        return groups.ToImmutable();
    }
}
