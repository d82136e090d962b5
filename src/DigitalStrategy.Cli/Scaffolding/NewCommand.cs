using System.CommandLine;
using System.Text;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;
using DigitalStrategy.Content.Validation;

namespace DigitalStrategy.Cli.Scaffolding;

/// <summary>
/// 'new appendix|strategy|municipality': starts a source file that loads and builds, so editors
/// need not copy an old file by hand. Each refuses, with a Danish message for the editor and exit
/// code 2, rather than overwrite a file or write one the build would reject.
/// </summary>
internal static class NewCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Option<string>("--input", "-i") { Description = "Folder with the sources (YAML and Markdown).", DefaultValueFactory = _ => "input", Recursive = true };
        var strategyPath = new Option<string>("--strategy") { Description = "The strategy, as <municipality>/<strategy>, e.g. lemvig/digitaliseringsplan.", Required = true };
        var schoolYear = new Option<string>("--school-year") { Description = "The new school year, e.g. 2023/24; after the latest appendix.", Required = true };
        var appendix = new Command("appendix", "Start the annual appendix of a new school year, carrying over the actions of the latest appendix that go on.") { strategyPath, schoolYear };
        appendix.SetAction(parse => Run(error, () => NewAppendix(parse.GetValue(input)!, parse.GetValue(strategyPath)!, parse.GetValue(schoolYear)!, output, error)));

        var municipalityId = new Option<string>("--municipality") { Description = "The id (folder name) of the municipality, e.g. lemvig.", Required = true };
        var strategyId = new Option<string>("--id") { Description = "The id (folder name) of the new strategy, e.g. digitaliseringsplan.", Required = true };
        var title = new Option<string>("--title") { Description = "The strategy's full title.", Required = true };
        var strategy = new Command("strategy", "Start a new strategy of a municipality: strategy.yml and a first chapter.") { municipalityId, strategyId, title };
        strategy.SetAction(parse => Run(error, () => NewStrategy(parse.GetValue(input)!, parse.GetValue(municipalityId)!, parse.GetValue(strategyId)!, parse.GetValue(title)!, output)));

        var id = new Option<string>("--id") { Description = "The id (folder name) of the municipality, e.g. vejle.", Required = true };
        var name = new Option<string>("--name") { Description = "The municipality's name, e.g. \"Vejle Kommune\".", Required = true };
        var municipality = new Command("municipality", "Start a new municipality: its folder and municipality.yml.") { id, name };
        municipality.SetAction(parse => Run(error, () => NewMunicipality(parse.GetValue(input)!, parse.GetValue(id)!, parse.GetValue(name)!, output)));

        return new Command("new", "Start a new source file that builds: YAML with its schema line and Danish guidance in comments.") { input, appendix, strategy, municipality };
    }

    /// <summary>Runs a subcommand; a refusal is written as "error: …" and gives its exit code.</summary>
    private static int Run(TextWriter error, Func<int> subcommand)
    {
        try
        {
            return subcommand();
        }
        catch (Refusal refusal)
        {
            error.WriteLine($"error: {refusal.Message}");
            return refusal.ExitCode;
        }
    }

    private static int NewAppendix(string input, string strategyPath, string yearText, TextWriter output, TextWriter error)
    {
        RequireFolder(input);
        var (municipalityId, strategyId) = strategyPath.Split('/') is [var m, var s] && Ids.IsValid(m) && Ids.IsValid(s)
            ? (m, s)
            : throw new Refusal($"'{strategyPath}' er ikke en strategi. Skriv kommunens og strategiens id (mappernes navne) med skråstreg imellem, fx '--strategy lemvig/digitaliseringsplan'.");
        if (!SchoolYear.TryParse(yearText, out var year))
        {
            throw new Refusal($"'{yearText}' er ikke et skoleår. Skriv det som to år efter hinanden, fx '--school-year 2023/24' (skoleåret går fra 1. august 2023 til 31. juli 2024).");
        }

        if (!File.Exists(Path.Combine(input, municipalityId, strategyId, SourceLayout.StrategyFile)))
        {
            var known = Directory.EnumerateFiles(input, SourceLayout.StrategyFile, SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(input, Path.GetDirectoryName(f)!).Replace('\\', '/')).Order(StringComparer.Ordinal);
            throw new Refusal($"Strategien '{strategyPath}' findes ikke: der er ingen {SourceReader.CombineDisplay(input, $"{strategyPath}/{SourceLayout.StrategyFile}")}. " +
                $"Strategierne er: {string.Join(", ", known)}.");
        }

        var relative = $"{municipalityId}/{strategyId}/{SourceLayout.AppendicesFolder}/{year.Slug}.yml";
        RefuseExisting(input, relative, $"Der er allerede et bilag for {year}");
        var strategy = Load(input, municipalityId, strategyId, error);
        if (strategy is null)
        {
            return ExitCodes.SourceErrors;
        }

        if (strategy.Appendices.FirstOrDefault(a => a.SchoolYear.StartYear >= year.StartYear) is { } later)
        {
            throw new Refusal(later.SchoolYear == year
                ? $"Strategien har allerede et bilag for {year}: {later.Source.Path}."
                : $"Strategiens seneste bilag er for {strategy.Appendices[^1].SchoolYear} ({strategy.Appendices[^1].Source.Path}). Et nyt bilag skal være for et senere skoleår, fx {new SchoolYear(strategy.Appendices[^1].SchoolYear.StartYear + 1)}.");
        }

        Write(input, relative, AppendixScaffold.Write(strategy, year, relative));
        var latest = strategy.Appendices.LastOrDefault();
        var carried = latest?.Actions.Count(a => !AppendixScaffold.IsFinished(a, year)) ?? 0;
        output.WriteLine($"Oprettet {SourceReader.CombineDisplay(input, relative)}" + (latest is null
            ? ": strategien har ingen tidligere bilag, så handlingerne skal skrives fra bunden."
            : $": {carried} af {latest.Actions.Length} handlinger er ført videre fra bilaget for {latest.SchoolYear}."));
        output.WriteLine("Åbn filen, og følg vejledningen øverst i den. Kør 'check' bagefter.");
        return ExitCodes.Success;
    }

    private static int NewStrategy(string input, string municipalityId, string id, string title, TextWriter output)
    {
        RequireFolder(input);
        if (!Ids.IsValid(municipalityId) || !File.Exists(Path.Combine(input, municipalityId, SourceLayout.MunicipalityFile)))
        {
            throw new Refusal($"Kommunen '{municipalityId}' findes ikke: der er ingen {SourceReader.CombineDisplay(input, $"{municipalityId}/{SourceLayout.MunicipalityFile}")}. " +
                $"Opret den først med 'new municipality --id {Ids.Suggest(municipalityId)} --name \"...\"'.");
        }

        RequireFolderId(id);
        RequireText(title, "--title", "strategiens titel");
        if (Directory.Exists(Path.Combine(input, municipalityId, id)))
        {
            throw new Refusal($"Strategien '{municipalityId}/{id}' findes allerede ({SourceReader.CombineDisplay(input, $"{municipalityId}/{id}")}). Vælg et andet id.");
        }

        var strategyFile = $"{municipalityId}/{id}/{SourceLayout.StrategyFile}";
        var chapter = $"{municipalityId}/{id}/{SourceLayout.ChaptersFolder}/01-indledning.md";
        Write(input, strategyFile, Skeletons.Strategy(municipalityId, id, title.Trim(), SchoolYear.Containing(DateOnly.FromDateTime(DateTime.Today))));
        Write(input, chapter, Skeletons.FirstChapter(municipalityId, id));
        output.WriteLine($"Oprettet {SourceReader.CombineDisplay(input, strategyFile)} og {SourceReader.CombineDisplay(input, chapter)}.");
        output.WriteLine("Åbn strategy.yml, og følg vejledningen øverst i den. Kør 'check' bagefter.");
        return ExitCodes.Success;
    }

    private static int NewMunicipality(string input, string id, string name, TextWriter output)
    {
        RequireFolder(input);
        RequireFolderId(id);
        RequireText(name, "--name", "kommunens navn, fx 'Vejle Kommune'");
        var relative = $"{id}/{SourceLayout.MunicipalityFile}";
        RefuseExisting(input, relative, $"Kommunen '{id}' findes allerede");
        Write(input, relative, Skeletons.Municipality(id, name.Trim()));
        output.WriteLine($"Oprettet {SourceReader.CombineDisplay(input, relative)}.");
        output.WriteLine($"Læg kommunens strategier i mappen {SourceReader.CombineDisplay(input, id)}, fx med 'new strategy --municipality {id} --id ... --title \"...\"'.");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The strategy as the build reads it, or null (with its errors written) when its files have
    /// errors: a new appendix carried over from a broken one would be broken too.
    /// </summary>
    private static Strategy? Load(string input, string municipalityId, string strategyId, TextWriter error)
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(SourceReader.ReadAll(input, input, diagnostics), input, diagnostics);
        if (site is not null)
        {
            ReferenceValidator.Validate(site, diagnostics);
        }

        var strategy = site?.Municipalities.FirstOrDefault(m => m.Id == municipalityId)?.Strategies.FirstOrDefault(s => s.Id == strategyId);
        var folder = SourceReader.CombineDisplay(input, $"{municipalityId}/{strategyId}/");
        var errors = diagnostics.Sorted().Where(d => d.IsError && (strategy is null || d.Location.Path.StartsWith(folder, StringComparison.Ordinal))).ToList();
        if (strategy is not null && errors.Count == 0)
        {
            return strategy;
        }

        foreach (var diagnostic in errors)
        {
            error.WriteLine(diagnostic.ToString());
        }

        error.WriteLine($"Strategien '{municipalityId}/{strategyId}' kan ikke læses uden fejl, så bilaget er ikke oprettet. Ret fejlene ovenfor (se docs/diagnostics.md), og prøv igen.");
        return null;
    }

    private static void RequireFolder(string input)
    {
        if (!Directory.Exists(input))
        {
            throw new Refusal($"Mappen '{input}' findes ikke. Angiv mappen med kilderne med --input.");
        }
    }

    /// <summary>The id of a municipality or strategy is its folder's name, so the folder rules of the loader apply (DS0007).</summary>
    private static void RequireFolderId(string id)
    {
        if (Ids.CheckFolder(id, SourceLocation.StartOf(id), new DiagnosticBag()))
        {
            return;
        }

        throw new Refusal(Ids.IsValid(id)
            ? $"'{id}' kan ikke bruges som id, for sitet bruger selv adressen /{id}/. Vælg et andet id."
            : $"'{id}' kan ikke bruges som id, for id'et bliver mappens navn og en del af adressen. Brug kun små bogstaver a-z, tal og bindestreg " +
              $"(skriv æ, ø og å som ae, oe og aa), fx '{Ids.Suggest(id)}'.");
    }

    private static void RequireText(string value, string option, string meaning)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new Refusal($"{option} er tom. Skriv {meaning}.");
        }
    }

    private static void RefuseExisting(string input, string relative, string what)
    {
        if (File.Exists(Path.Combine(input, relative)))
        {
            throw new Refusal($"{what}: {SourceReader.CombineDisplay(input, relative)}. Filen er ikke ændret.");
        }
    }

    private static void Write(string input, string relative, string text)
    {
        var path = Path.Combine(input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    private sealed class Refusal(string message) : Exception(message)
    {
        public int ExitCode => ExitCodes.WrongUsage;
    }
}
