using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Schemas;

/// <summary>
/// The schemas in schemas/ give editors completion and early warnings in their editor; the loader
/// decides what the build accepts. For every example both must agree: the loader finds no error
/// and the schema says valid, or the loader reports the expected code and the schema says invalid.
/// </summary>
public sealed class SchemaAgreementTests(SchemaAgreementTests.SchemaVerdicts verdicts) : IClassFixture<SchemaAgreementTests.SchemaVerdicts>
{
    [Theory]
    [MemberData(nameof(SchemaExamples.Names), MemberType = typeof(SchemaExamples))]
    public void The_loader_and_the_schema_agree(string name)
    {
        var example = SchemaExamples.Named(name);
        var run = ContentRun.Of(example.Input());
        var verdict = verdicts.Of(example);

        if (example.Expected is null)
        {
            run.ExpectNoErrors();
            Assert.True(verdict.Valid, $"The loader accepts {name}, but {example.Schema} does not: {verdict}");
        }
        else
        {
            var errors = run.Errors.ToList();
            Assert.True(errors.Any(d => d.Code == example.Expected), $"Expected {example.Expected} for {name}, got:\n{run.Listing()}");
            Assert.All(errors, d => Assert.Equal(ContentRun.Display(example.Path), d.Location.Path));
            Assert.False(verdict.Valid, $"The loader rejects {name} with {example.Expected}, but {example.Schema} accepts it.");
        }
    }

    [Fact]
    public void Every_kind_of_source_file_has_valid_and_invalid_examples()
    {
        foreach (var kind in SchemaExamples.All.GroupBy(e => e.Schema))
        {
            Assert.Contains(kind, e => e.Expected is null);
            Assert.Contains(kind, e => e.Expected == DiagnosticCodes.UnknownField);
            Assert.Contains(kind, e => e.Expected is not null && e.Expected != DiagnosticCodes.UnknownField);
        }

        Assert.Equal(8, SchemaExamples.All.Select(e => e.Schema).Distinct().Count());
    }

    /// <summary>The schemas' verdicts on every example, from one node process per schema.</summary>
    public sealed class SchemaVerdicts : IDisposable
    {
        private readonly TempDirectory _folder = new();
        private readonly IReadOnlyDictionary<string, SchemaValidator.Verdict> _verdicts;

        public SchemaVerdicts()
        {
            foreach (var example in SchemaExamples.All)
            {
                _folder.WriteText(example.FileName, example.Text);
            }

            _verdicts = SchemaValidator.Validate(SchemaExamples.All.Select(e => (e.Schema, Path.Combine(_folder.Root, e.FileName))));
        }

        public SchemaValidator.Verdict Of(SchemaExample example) => _verdicts[Path.Combine(_folder.Root, example.FileName)];

        public void Dispose() => _folder.Dispose();
    }
}
