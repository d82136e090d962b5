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
        // Pages link the first use of every way a term is written to its entry, so one way of
        // writing may belong to one entry only.
        var owners = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in fields.MappingList("terms"))
        {
            var term = item.RequiredString("term", "ordet, der forklares");
            var expansion = item.OptionalString("expansion");
            var definition = RichTexts.Block(item.RequiredMarkdown("definition", "forklaringen af ordet"), diagnostics);
            var aliases = item.StringList("aliases");
            item.ReportUnknownFields();
            if (term is null || definition is null)
            {
                continue;
            }

            if (expansion is not null && !GlossaryTerm.IsAbbreviation(term))
            {
                diagnostics.Error(item.LocationOf("expansion"), DiagnosticCodes.InvalidValue,
                    $"Feltet 'expansion' er til forkortelser skrevet med store bogstaver, fx 'PLC', men '{term}' er ikke en forkortelse. " +
                    "Slet feltet, eller skriv den anden skrivemåde under 'aliases'.");
                expansion = null;
            }

            var id = Ids.Suggest(term);
            if (terms.FirstOrDefault(t => t.Id == id) is { } first)
            {
                diagnostics.Error(item.LocationOf("term"), DiagnosticCodes.DuplicateId,
                    $"Ordet '{term}' er allerede forklaret i linje {first.Source.Line}. Slet den ene forklaring.");
                continue;
            }

            var entry = new GlossaryTerm(id, term, expansion, definition, aliases.Select(a => a.Value).ToImmutableArray(), item.LocationOf("term"));
            Located<string>[] forms =
            [
                new(term, item.LocationOf("term")),
                .. expansion is null ? [] : new[] { new Located<string>(expansion, item.LocationOf("expansion")) },
                .. aliases,
            ];
            if (ReportFormsTaken(forms, owners, diagnostics))
            {
                continue;
            }

            foreach (var form in forms)
            {
                owners.TryAdd(Normalize(form.Value), entry);
            }

            terms.Add(entry);
        }

        fields.ReportUnknownFields();
        return terms.ToImmutable();
    }

    private static bool ReportFormsTaken(IEnumerable<Located<string>> forms, Dictionary<string, GlossaryTerm> owners, DiagnosticBag diagnostics)
    {
        var taken = false;
        foreach (var form in forms)
        {
            if (owners.TryGetValue(Normalize(form.Value), out var owner))
            {
                diagnostics.Error(form.Location, DiagnosticCodes.DuplicateId,
                    $"'{form.Value}' hører allerede til ordet '{owner.Term}' i linje {owner.Source.Line}. " +
                    "Et ord kan kun forklares ét sted; slet det her eller det andet sted.");
                taken = true;
            }
        }

        return taken;
    }

    /// <summary>"Pædagogisk  læringscenter" and "pædagogisk læringscenter" are one way of writing.</summary>
    private static string Normalize(string form) => string.Join(' ', form.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
