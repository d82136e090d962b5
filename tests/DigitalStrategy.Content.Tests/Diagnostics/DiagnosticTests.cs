using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void An_error_prints_in_msbuild_form()
    {
        var diagnostic = new Diagnostic(
            new SourceLocation("input/lemvig/municipality.yml", 3, 7), Severity.Error, DiagnosticCodes.MissingField, "Feltet 'name' mangler.");

        Assert.Equal("input/lemvig/municipality.yml(3,7): error DS0004: Feltet 'name' mangler.", diagnostic.ToString());
        Assert.True(diagnostic.IsError);
    }

    [Fact]
    public void A_warning_prints_in_msbuild_form()
    {
        var diagnostic = new Diagnostic(
            SourceLocation.StartOf("input/noter.txt"), Severity.Warning, DiagnosticCodes.UnexpectedFile, "Filen bruges ikke.");

        Assert.Equal("input/noter.txt(1,1): warning DS0012: Filen bruges ikke.", diagnostic.ToString());
        Assert.False(diagnostic.IsError);
    }

    [Fact]
    public void Codes_are_distinct()
    {
        string[] codes =
        [
            DiagnosticCodes.NotUtf8, DiagnosticCodes.YamlSyntax, DiagnosticCodes.MissingFrontMatter, DiagnosticCodes.MissingField,
            DiagnosticCodes.UnknownField, DiagnosticCodes.InvalidValue, DiagnosticCodes.InvalidId, DiagnosticCodes.DuplicateId,
            DiagnosticCodes.UnknownReference, DiagnosticCodes.InvalidSchoolYear, DiagnosticCodes.MissingFile,
            DiagnosticCodes.UnexpectedFile, DiagnosticCodes.BrokenLink, DiagnosticCodes.ReservedId, DiagnosticCodes.EmptyContent,
        ];

        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^DS[0-9]{4}$", c));
    }
}
