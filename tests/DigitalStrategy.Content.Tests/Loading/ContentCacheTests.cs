using System.Text.Json;
using System.Text.Json.Serialization;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;
using DigitalStrategy.Content.Tests.Support;
using DigitalStrategy.Content.Validation;

namespace DigitalStrategy.Content.Tests.Loading;

/// <summary>
/// The preview server keeps a content cache between builds: after one file changes, a load with it
/// must read only that file and still give exactly the site and the diagnostics a fresh load gives.
/// </summary>
public sealed class ContentCacheTests
{
    /// <summary>An appendix of 2020/21 with a timeframe the parser cannot read: a warning in a file the tests leave unchanged.</summary>
    private const string AppendixWithWarning = """
        school_year: 2020/21
        number: 1
        title: Konkrete handlinger 2020/21
        actions:
          - id: 2020-21-kursus
            category: kompetenceudvikling
            text: Kursus i Aula for forældre.
            timeframe: når der er tid
            goals: [nysgerrig-omgang]
        """;

    private const string ChangedFocusArea = """
        id: anvendelse-af-data
        title: Anvendelse af data i skolerne
        target_groups: [medarbejdere, ledere]
        goals:
          - id: datainformeret-ledelse
            title: Ledelsen bruger data til at udvikle skolerne.
          - id: data-for-alle
            title: Alle kan se skolens egne data.
        actions:
          - id: dashboard
            text: Vi laver et *fælles* dashboard.
            owner: Skoleafdelingen
            timeframe: løbende
            goals: [datainformeret-ledelse, data-for-alle, findes-ikke]
        """;

    [Fact]
    public void A_load_reads_only_the_files_whose_text_changed_since_the_last_load()
    {
        var cache = new ContentCache();
        var files = Sources(SampleInput.Files());

        Load(files, cache);
        var readFirst = cache.FilesRead;
        Load(files, cache);
        var readUnchanged = cache.FilesRead;
        Load(Sources(SampleInput.With((SampleInput.FocusArea2, ChangedFocusArea))), cache);

        Assert.Equal(files.Count, readFirst);
        Assert.Equal(readFirst, readUnchanged);
        Assert.Equal(readFirst + 1, cache.FilesRead);
    }

    [Fact]
    public void A_load_with_the_cache_gives_the_site_and_diagnostics_of_a_fresh_load()
    {
        var cache = new ContentCache();
        var before = SampleInput.With((SampleInput.Appendix2020, AppendixWithWarning));
        var after = new Dictionary<string, string>(before) { [SampleInput.FocusArea2] = ChangedFocusArea };
        Load(Sources(before), cache);

        var (cachedSite, cachedDiagnostics) = Load(Sources(after), cache);
        var (freshSite, freshDiagnostics) = Load(Sources(after), cache: null);

        Assert.Equal(freshDiagnostics, cachedDiagnostics);
        Assert.Equal(Dump(freshSite), Dump(cachedSite));
        Assert.Contains("data-for-alle", Dump(cachedSite), StringComparison.Ordinal);
    }

    [Fact]
    public void The_diagnostics_of_unchanged_files_are_reported_on_every_load()
    {
        var cache = new ContentCache();
        var before = SampleInput.With((SampleInput.Appendix2020, AppendixWithWarning));
        var after = new Dictionary<string, string>(before) { [SampleInput.FocusArea2] = ChangedFocusArea };

        var (_, first) = Load(Sources(before), cache);
        var (_, second) = Load(Sources(after), cache);

        var warning = Assert.Single(first, d => d.Code == DiagnosticCodes.UnparsedTimeframe);
        Assert.Contains(warning, second);
        Assert.Contains(second, d => d.Code == DiagnosticCodes.UnknownReference || d.Message.Contains("findes-ikke", StringComparison.Ordinal));
    }

    [Fact]
    public void A_removed_file_is_gone_from_the_next_load_and_read_again_when_it_comes_back()
    {
        var cache = new ContentCache();
        Load(Sources(SampleInput.Files()), cache);
        var read = cache.FilesRead;

        var (withoutSite, withoutDiagnostics) = Load(Sources(SampleInput.Without(SampleInput.Chapter2)), cache);
        var (freshSite, freshDiagnostics) = Load(Sources(SampleInput.Without(SampleInput.Chapter2)), cache: null);
        Load(Sources(SampleInput.Files()), cache);

        Assert.Equal(Dump(freshSite), Dump(withoutSite));
        Assert.Equal(freshDiagnostics, withoutDiagnostics);
        Assert.Equal(read + 1, cache.FilesRead);
    }

    /// <summary>The files as SourceReader gives them: in ordinal order of their paths, named "input/..." in diagnostics.</summary>
    private static List<SourceFile> Sources(Dictionary<string, string> texts) =>
        [.. texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new SourceFile(t.Key, $"input/{t.Key}", t.Value))];

    /// <summary>Loads and checks the references, as the build does, with the diagnostics in the build's order.</summary>
    private static (Site? Site, IReadOnlyList<Diagnostic> Diagnostics) Load(IReadOnlyList<SourceFile> files, ContentCache? cache)
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(files, "input", diagnostics, cache);
        if (site is not null)
        {
            ReferenceValidator.Validate(site, diagnostics);
        }

        return (site, diagnostics.Sorted());
    }

    /// <summary>Every public property of the loaded model, written out, so two loads can be compared whole.</summary>
    private static string Dump(Site? site) => JsonSerializer.Serialize(site, DumpOptions);

    private static readonly JsonSerializerOptions DumpOptions = new()
    {
        WriteIndented = true,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Converters = { new JsonStringEnumConverter(), new SchoolYearAsText() },
    };

    /// <summary>A school year as "2021/22": its computed neighbours (Previous, Next) would go on for ever.</summary>
    private sealed class SchoolYearAsText : JsonConverter<SchoolYear>
    {
        public override SchoolYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, SchoolYear value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
