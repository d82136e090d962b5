using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Sources;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Sources;

public sealed class SourceReaderTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>"Pædagogisk" as Latin-1 (Windows-1252) writes it: æ is the single byte 0xE6.</summary>
    private static readonly byte[] PaedagogiskLatin1 = [.. "P"u8, 0xE6, .. "dagogisk"u8];

    [Fact]
    public void Files_are_read_with_forward_slash_paths_in_path_order()
    {
        using var input = new TempDirectory();
        input.WriteText("site.yml", "title: A\n");
        input.WriteText("lemvig/municipality.yml", "name: B\n");
        input.WriteText("aalborg/municipality.yml", "name: C\n");
        var diagnostics = new DiagnosticBag();

        var files = SourceReader.ReadAll(input.Root, "input", diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["aalborg/municipality.yml", "lemvig/municipality.yml", "site.yml"], files.Select(f => f.RelativePath));
        Assert.Equal("input/lemvig/municipality.yml", files[1].DisplayPath);
        Assert.Equal("name: B\n", files[1].Text);
    }

    [Fact]
    public void Hidden_files_and_folders_are_skipped_without_diagnostics()
    {
        using var input = new TempDirectory();
        input.WriteText("site.yml", "title: A\n");
        input.WriteText(".git/config.yml", "x: y\n");
        input.WriteText("lemvig/.utkast.yml", "x: y\n");
        input.WriteText("lemvig/.vscode/settings.md", "x\n");
        input.WriteBytes(".DS_Store", [0xFF, 0x00]);
        var diagnostics = new DiagnosticBag();

        var files = SourceReader.ReadAll(input.Root, "input", diagnostics);

        Assert.Equal(["site.yml"], files.Select(f => f.RelativePath));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_stripped()
    {
        using var input = new TempDirectory();
        input.WriteBytes("site.yml", [.. Bom, .. "title: Pædagogisk\n"u8]);
        var diagnostics = new DiagnosticBag();

        var file = Assert.Single(SourceReader.ReadAll(input.Root, "input", diagnostics));

        Assert.Equal("title: Pædagogisk\n", file.Text);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_loads_and_its_diagnostics_have_the_right_columns()
    {
        var run = ContentRun.Of(
            SampleInput.Without(SampleInput.FocusArea2),
            new Dictionary<string, byte[]>
            {
                [SampleInput.FocusArea2] = [.. Bom, .. "id: Data\ntitle: Data\ngoals:\n  - id: datainformeret-ledelse\n    title: Data\n"u8],
            });

        run.Expect(DiagnosticCodes.InvalidId, SampleInput.FocusArea2, 1, 5);
    }

    [Fact]
    public void Crlf_line_endings_are_normalised()
    {
        using var input = new TempDirectory();
        input.WriteText("site.yml", "title: A\r\ndescription: B\r\n");
        var diagnostics = new DiagnosticBag();

        var file = Assert.Single(SourceReader.ReadAll(input.Root, "input", diagnostics));

        Assert.Equal("title: A\ndescription: B\n", file.Text);
    }

    [Fact]
    public void Diagnostics_in_a_crlf_file_have_the_right_line_and_column()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2,
            "id: anvendelse-af-data\r\ntitle: Anvendelse af data\r\ngoals:\r\n  - id: datainformeret-ledelse\r\n    tittle: Data\r\n")));

        run.Expect(DiagnosticCodes.UnknownField, SampleInput.FocusArea2, 5, 5);
        run.Expect(DiagnosticCodes.MissingField, SampleInput.FocusArea2, 4, 5);
    }

    [Fact]
    public void A_yaml_error_in_a_crlf_file_has_the_right_line_and_column()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2,
            "id: anvendelse-af-data\r\ntitle: Data\r\ntitle: Data igen\r\n")));

        run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.FocusArea2, 3, 1);
    }

    [Fact]
    public void A_latin1_file_is_reported_at_the_line_and_column_of_the_first_bad_byte()
    {
        const string path = "lemvig/digitaliseringsplan/focus-areas/03-kommunikation.yml";
        var run = ContentRun.Of(
            SampleInput.Files(),
            new Dictionary<string, byte[]>
            {
                [path] = [.. "id: kommunikation\ntitle: "u8, .. PaedagogiskLatin1, .. " sigte\n"u8],
            });

        var diagnostic = run.Expect(DiagnosticCodes.NotUtf8, path, 2, 9);
        Assert.Contains("UTF-8", diagnostic.Message);
        Assert.DoesNotContain(run.Files, f => f.RelativePath == path);
    }

    [Fact]
    public void A_latin1_byte_after_danish_letters_in_utf8_is_reported_at_the_right_column()
    {
        const string path = "lemvig/digitaliseringsplan/focus-areas/03-kommunikation.yml";
        var run = ContentRun.Of(
            SampleInput.Files(),
            new Dictionary<string, byte[]>
            {
                // "æøå " is valid UTF-8 (two bytes each); the editor counts it as four characters.
                [path] = [.. "id: kommunikation\r\ntitle: æøå "u8, .. PaedagogiskLatin1, .. "\r\n"u8],
            });

        run.Expect(DiagnosticCodes.NotUtf8, path, 2, 13);
    }

    [Fact]
    public void A_latin1_file_with_a_byte_order_mark_is_reported_at_the_right_column()
    {
        const string path = "lemvig/digitaliseringsplan/focus-areas/03-kommunikation.yml";
        var run = ContentRun.Of(
            SampleInput.Files(),
            new Dictionary<string, byte[]>
            {
                [path] = [.. Bom, .. "title: "u8, .. PaedagogiskLatin1, .. "\n"u8],
            });

        run.Expect(DiagnosticCodes.NotUtf8, path, 1, 9);
    }

    [Fact]
    public void A_file_of_another_type_gives_a_warning_and_is_not_read()
    {
        using var input = new TempDirectory();
        input.WriteText("site.yml", "title: A\n");
        input.WriteBytes("lemvig/logo.png", [0x89, 0x50, 0x4E, 0x47]);
        var diagnostics = new DiagnosticBag();

        var files = SourceReader.ReadAll(input.Root, "input", diagnostics);

        Assert.Equal(["site.yml"], files.Select(f => f.RelativePath));
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.UnexpectedFile, diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(SourceLocation.StartOf("input/lemvig/logo.png"), diagnostic.Location);
    }

    [Fact]
    public void Yaml_extension_and_upper_case_extensions_are_read()
    {
        using var input = new TempDirectory();
        input.WriteText("a.yaml", "x: 1\n");
        input.WriteText("b.YML", "x: 1\n");
        input.WriteText("c.md", "x\n");
        var diagnostics = new DiagnosticBag();

        var files = SourceReader.ReadAll(input.Root, "input", diagnostics);

        Assert.Equal(["a.yaml", "b.YML", "c.md"], files.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_missing_input_folder_is_reported()
    {
        using var input = new TempDirectory();
        var diagnostics = new DiagnosticBag();

        var files = SourceReader.ReadAll(Path.Combine(input.Root, "findes-ikke"), "input", diagnostics);

        Assert.Empty(files);
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.MissingFile, diagnostic.Code);
        Assert.True(diagnostic.IsError);
        Assert.Contains("'input'", diagnostic.Message);
    }

    [Fact]
    public void The_display_root_is_joined_with_a_single_slash()
    {
        Assert.Equal("input/site.yml", SourceReader.CombineDisplay("input", "site.yml"));
        Assert.Equal("input/site.yml", SourceReader.CombineDisplay("input/", "site.yml"));
        Assert.Equal("site.yml", SourceReader.CombineDisplay("", "site.yml"));
    }
}
