namespace DigitalStrategy.Theme.Pages;

/// <summary>
/// What a page says about its source at the end of its main content: where an editor changes it
/// ("Rediger denne side") and when it last changed ("Sidst opdateret"). Either may be missing.
/// </summary>
/// <param name="EditUrl">site.yml's edit_url filled in with the source file's path.</param>
/// <param name="Updated">The source's 'updated' date, else the date of its last commit.</param>
public sealed record SourceFacts(string? EditUrl, DateOnly? Updated)
{
    public static readonly SourceFacts None = new(null, null);

    public bool IsEmpty => EditUrl is null && Updated is null;
}

/// <summary>The Atom feed of changed pages, as each page's head names it.</summary>
public sealed record ChangeFeedLink(string Url, string Title);
