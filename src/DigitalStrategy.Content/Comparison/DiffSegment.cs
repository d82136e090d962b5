namespace DigitalStrategy.Content.Comparison;

/// <summary>What a piece of a word diff is: in both texts, only in the new one, or only in the old one.</summary>
public enum DiffKind
{
    Same,
    Inserted,
    Deleted,
}

/// <summary>
/// One piece of a word diff. Read in order, the Same and Deleted pieces spell the old text and the
/// Same and Inserted pieces the new text (each with its runs of whitespace made single spaces).
/// </summary>
public sealed record DiffSegment(DiffKind Kind, string Text);
