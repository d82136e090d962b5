using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

/// <summary>Reads a glossary.yml: the shared one in input/, or a strategy's own word list.</summary>
internal static class GlossaryLoader
{
    public static ImmutableArray<GlossaryTerm> Load(SourceFile file, DiagnosticBag diagnostics)
    {
        var fields = YamlParser.ParseMapping(file, file.Text, 0, diagnostics);
        if (fields is null)
        {
            return [];
        }

        var terms = ImmutableArray.CreateBuilder<GlossaryTerm>();
        foreach (var item in fields.MappingList("terms"))
        {
            var term = item.RequiredString("term", "ordet, der forklares");
            var definition = RichTexts.Block(item.RequiredMarkdown("definition", "forklaringen af ordet"), diagnostics);
            var aliases = item.StringList("aliases").Select(a => a.Value).ToImmutableArray();
            item.ReportUnknownFields();
            if (term is null || definition is null)
            {
                continue;
            }

            var id = Ids.Suggest(term);
            if (terms.FirstOrDefault(t => t.Id == id) is { } first)
            {
                diagnostics.Error(item.LocationOf("term"), DiagnosticCodes.DuplicateId,
                    $"Ordet '{term}' er allerede forklaret i linje {first.Source.Line}. Slet den ene forklaring.");
                continue;
            }

            terms.Add(new GlossaryTerm(id, term, definition, aliases, item.LocationOf("term")));
        }

        fields.ReportUnknownFields();
        return terms.ToImmutable();
    }
}
