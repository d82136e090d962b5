namespace DigitalStrategy.Content.Diagnostics;

/// <summary>
/// Every code the build can report. The codes are stable: editors search for them in the guide
/// (docs/diagnostics.md), so a code is never reused for another meaning.
/// </summary>
public static class DiagnosticCodes
{
    public const string NotUtf8 = "DS0001";
    public const string YamlSyntax = "DS0002";
    public const string MissingFrontMatter = "DS0003";
    public const string MissingField = "DS0004";
    public const string UnknownField = "DS0005";
    public const string InvalidValue = "DS0006";
    public const string InvalidId = "DS0007";
    public const string DuplicateId = "DS0008";
    public const string UnknownReference = "DS0009";
    public const string InvalidSchoolYear = "DS0010";
    public const string MissingFile = "DS0011";
    public const string UnexpectedFile = "DS0012";
    public const string BrokenLink = "DS0013";
    public const string ReservedId = "DS0014";
    public const string EmptyContent = "DS0015";
    public const string UnsafeMarkup = "DS0016";
    public const string StaleAccessibilityStatement = "DS0017";
    public const string UnparsedTimeframe = "DS0018";
    public const string InvalidContinuation = "DS0019";

    /// <summary>A goal's 'implements' names a goal of its own strategy, or of a local plan, instead of a municipal goal.</summary>
    public const string NotAMunicipalGoal = "DS0020";

    /// <summary>A goal no action serves in the current school year, or a strategy with nothing planned for it (warning).</summary>
    public const string GoalNotServed = "DS0021";

    /// <summary>An action that names no goal, or a group of actions none of which does (warning).</summary>
    public const string ActionServesNoGoal = "DS0022";

    /// <summary>The search index could not be made: Node.js or Pagefind is missing, or Pagefind failed.</summary>
    public const string SearchIndexFailed = "DS0023";

    /// <summary>The PDFs of the print views could not be made (build --pdf): Chromium is missing, or it failed.</summary>
    public const string PdfFailed = "DS0024";

    /// <summary>A Markdown heading with nothing under it before the next heading of its level, or at the end (warning).</summary>
    public const string EmptySection = "DS0025";

    /// <summary>A Markdown image without alternative text (warning).</summary>
    public const string ImageWithoutAlt = "DS0026";

    /// <summary>A Markdown heading of level 1, or one that skips a level (warning).</summary>
    public const string HeadingOrder = "DS0027";

    /// <summary>A title too long to work as a page title, a breadcrumb or a link (warning).</summary>
    public const string LongTitle = "DS0028";
}
