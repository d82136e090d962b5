namespace DigitalStrategy.Content.Diagnostics;

/// <summary>A value with the place it was written, so later checks can point at it.</summary>
public sealed record Located<T>(T Value, SourceLocation Location);
